using Quartz;
using ReturnWorkflows.Engine.Runtime.Timers;

namespace ReturnWorkflows.Infrastructure.Scheduling;

/// <summary>
/// Quartz wakes the drain; clustered, so one node at a time runs it, and the drain itself is safe if two ever do.
/// Quartz's own store commits on its own connection, which is why timers are not Quartz triggers: a timer must
/// commit with the step that created it.
/// </summary>
[DisallowConcurrentExecution]
public sealed class TimerDrainJob(TimerDrain drain) : IJob
{
    public static readonly JobKey Key = new("timer-drain", "return-workflows");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await drain.DrainAsync(cancellationToken);
}
