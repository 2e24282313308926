using Quartz;
using ReturnWorkflows.Engine.Notifications;

namespace ReturnWorkflows.Infrastructure.Scheduling;

/// <summary>Sends what committed steps queued. Clustered like the drain; safe if two nodes ever run it (claims are leased).</summary>
[DisallowConcurrentExecution]
public sealed class OutboxDispatchJob(OutboxDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("outbox-dispatch", "return-workflows");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await dispatcher.DispatchAsync(cancellationToken);
}
