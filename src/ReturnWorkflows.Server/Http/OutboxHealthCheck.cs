using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReturnWorkflows.Engine.Notifications;

namespace ReturnWorkflows.Server.Http;

/// <summary>How many messages wait to be sent; a long queue is degraded (SMTP down, or e-mail not configured).</summary>
internal sealed class OutboxHealthCheck(IOutboxStore outbox) : IHealthCheck
{
    public const int DegradedAbove = 100;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var backlog = await outbox.CountBacklogAsync(cancellationToken);
        var description = $"{backlog} message(s) waiting";
        return backlog > DegradedAbove ? HealthCheckResult.Degraded(description) : HealthCheckResult.Healthy(description);
    }
}
