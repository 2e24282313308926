using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ReturnWorkflows.Server.Http;

/// <summary>
/// Hangfire, which wakes the timers: how many of its servers (one per node) checked in lately, and how many jobs
/// failed. No server alive means no timer fires anywhere (degraded while this node's server starts); failed jobs
/// wait for an operator in the dashboard.
/// </summary>
internal sealed class HangfireHealthCheck(JobStorage storage, TimeProvider clock) : IHealthCheck
{
    // Hangfire's servers write a heartbeat every 30 s; one that missed two is taken for gone.
    private static readonly TimeSpan Alive = TimeSpan.FromMinutes(1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var monitoring = storage.GetMonitoringApi();
        var since = clock.GetUtcNow().UtcDateTime - Alive;
        var alive = monitoring.Servers().Count(s => s.Heartbeat is { } beat && beat >= since);
        var failed = monitoring.FailedCount();
        var data = new Dictionary<string, object> { ["serversAlive"] = alive, ["failedJobs"] = failed };
        var description = $"{alive} Hangfire server(s) alive, {failed} failed job(s)";
        return Task.FromResult(alive == 0 || failed > 0
            ? HealthCheckResult.Degraded(description, data: data)
            : HealthCheckResult.Healthy(description, data));
    }
}
