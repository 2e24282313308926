using Hangfire;
using ReturnWorkflows.Engine.Runtime.Timers;

namespace ReturnWorkflows.Infrastructure.Scheduling;

/// <summary>
/// A Hangfire recurring job runs the drain. Hangfire's store commits on its own connection, which is why timers are
/// bookmarks in our tables and not Hangfire jobs: a timer must commit with the step that created it. Two drains at
/// once (two nodes, or a slow one overlapping the next) are safe: each timer is claimed with SKIP LOCKED.
/// </summary>
public sealed class TimerDrainJob(TimerDrain drain)
{
    public const string RecurringJobId = "timer-drain";

    // A failed drain is not retried: the next one, seconds later, does the same work; deleted so that an outage
    // does not leave thousands of failed runs in the dashboard.
    [JobDisplayName("Timer drain")]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task RunAsync(CancellationToken cancellationToken) => await drain.DrainAsync(cancellationToken);
}
