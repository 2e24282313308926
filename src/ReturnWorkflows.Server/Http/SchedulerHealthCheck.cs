using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace ReturnWorkflows.Server.Http;

/// <summary>The scheduler that wakes the timer drain is running (degraded while it starts, after the host has).</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return await scheduler.GetStatus(cancellationToken) switch
        {
            SchedulerStatus.Running => HealthCheckResult.Healthy("Scheduler running"),
            SchedulerStatus.Created or SchedulerStatus.Standby => HealthCheckResult.Degraded("The scheduler is starting."),
            var status => HealthCheckResult.Unhealthy($"The scheduler is {status}: timers do not fire on this node."),
        };
    }
}
