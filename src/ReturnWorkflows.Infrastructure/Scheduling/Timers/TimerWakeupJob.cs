using Hangfire;
using Hangfire.Server;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Runtime.Timers;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Infrastructure.Scheduling.Timers;

/// <summary>
/// One timer's wake-up, a Hangfire delayed job due when the timer is. It resumes that one bookmark through the normal
/// exactly-once path (delete the bookmark row, requiring one row); a job whose bookmark is gone does nothing. Hangfire
/// activates it in a scope of its own, so the step it runs commits (and schedules what it creates) on its own.
/// </summary>
public sealed class TimerWakeupJob(IMediator mediator, ReturnWorkflowsDbContext db, PendingWakeups wakeups, TimerWakeupScheduling scheduling,
    TimeProvider timeProvider)
{
    // Hangfire polls for due jobs in whole seconds and nodes' clocks differ a little: a job up to this early waits.
    private static readonly TimeSpan EarlyTolerance = TimeSpan.FromSeconds(5);

    // The dashboard name is the label ({1}); the arguments are the bookmark id and that label, nothing personal.
    // Retried a few times soon (a database failover, a lock timeout), then deleted rather than failed: the bookmark is
    // the timer, and the recovery job fires it anyway, so an outage does not leave thousands of failed jobs that hide
    // the failures that matter. An activity that throws is an incident on the instance, not a failed job.
    [JobDisplayName("{1}")]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [5, 30, 120], OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task RunAsync(string bookmarkId, string label, PerformContext? context, CancellationToken cancellationToken)
    {
        wakeups.RunningJobId = context?.BackgroundJob.Id;
        var dueAt = await db.Bookmarks.AsNoTracking().Where(b => b.Id == bookmarkId).Select(b => b.DueAt).FirstOrDefaultAsync(cancellationToken);
        if (dueAt is null)
            return; // resumed, cancelled or completed already
        var early = dueAt.Value - timeProvider.GetUtcNow().UtcDateTime;
        if (early > EarlyTolerance)
        {
            // Run ahead of time (someone pressed "Enqueue" in the dashboard): a timer never fires early; wake it when due.
            await scheduling.ScheduleAsync([new WakeupToSchedule(bookmarkId, label, dueAt.Value)], cancellationToken);
            return;
        }
        if (early > TimeSpan.Zero)
            await Task.Delay(early, timeProvider, cancellationToken);
        await mediator.Send(new ResumeDueTimer(bookmarkId, WaitForInstance: true), cancellationToken);
    }
}
