using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Server.Http;

/// <summary>The database answers and its schema is the one this build expects.</summary>
internal sealed class DatabaseHealthCheck(ReturnWorkflowsDbContext db, DatabaseSchema schema) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            var (pending, unknown) = await schema.CompareAsync(cancellationToken);
            return pending.Count == 0 && unknown.Count == 0
                ? HealthCheckResult.Healthy($"{db.Database.ProviderName?.Split('.').Last()} schema current")
                : HealthCheckResult.Unhealthy($"Schema mismatch: {pending.Count} pending, {unknown.Count} unknown migration(s).");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("The database check failed: " + e.GetType().Name);
        }
    }
}
