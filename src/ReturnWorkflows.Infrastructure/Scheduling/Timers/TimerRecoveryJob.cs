using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Timers;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Infrastructure.Scheduling.Timers;

/// <summary>
/// What catches a wake-up that went missing. Every timer normally has its own job; this recurring job (stable id
/// <see cref="RecurringJobId"/>) fires the timers overdue by more than <see cref="SchedulerSettings.RecoveryGrace"/>
/// (their job was lost in a crash between commit and scheduling, deleted in the dashboard, or gave up), and deletes
/// jobs whose timer vanished without its step removing them (an instance deleted with its bookmarks). At each start,
/// <see cref="ScheduleMissingAsync"/> gives future timers lacking a job one.
/// </summary>
public sealed class TimerRecoveryJob(TimerDrain drain, ReturnWorkflowsDbContext db, ITimerWakeupScheduler scheduler, TimerWakeupScheduling scheduling,
    SchedulerSettings settings, ILogger<TimerRecoveryJob> logger)
{
    public const string RecurringJobId = "timer-recovery";
    private const int OrphanBatch = 500;

    // Not retried: the next run, a minute later, does the same work; deleted so that an outage does not leave a failed
    // run a minute in the dashboard.
    [JobDisplayName("Timer recovery: fire timers whose wake-up was lost")]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var report = await drain.DrainAsync(settings.RecoveryGrace, cancellationToken);
        if (report.Resumed > 0)
            logger.LogWarning("Timer recovery fired {Resumed} timers whose wake-up job was missing", report.Resumed);
        await DeleteJobsOfVanishedTimersAsync(cancellationToken);
    }

    // Runs once per node start, one node at a time (a lock in Hangfire's storage), so two nodes starting together do
    // not both schedule the same timer. Retried: a start should not leave timers without a wake-up.
    [JobDisplayName("Timer recovery: schedule wake-ups missing at start")]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 5, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task ScheduleMissingAsync(CancellationToken cancellationToken)
    {
        var missing = await db.Bookmarks.AsNoTracking()
            .Where(b => b.DueAt != null && !db.TimerWakeups.Any(w => w.BookmarkId == b.Id && w.JobId != null))
            .Join(db.WorkflowInstances.Where(i => i.Status == WorkflowStatus.Running), b => b.WorkflowInstanceId, i => i.Id,
                (b, i) => new { b.Id, DueAt = b.DueAt!.Value, b.ActivityId, Workflow = i.Name, Label = db.TimerWakeups.Where(w => w.BookmarkId == b.Id).Select(w => w.Label).FirstOrDefault() })
            .OrderBy(b => b.DueAt)
            .ToListAsync(cancellationToken);
        if (missing.Count == 0) return;
        // Timers from before wake-up rows existed have none: they get one with a plainer label.
        foreach (var timer in missing.Where(m => m.Label is null))
            db.TimerWakeups.Add(new TimerWakeup { BookmarkId = timer.Id, Label = TimerLabel.Join(timer.ActivityId, timer.Workflow) });
        await db.SaveChangesAsync(cancellationToken);
        await scheduling.ScheduleAsync(missing.Select(m => new WakeupToSchedule(m.Id, m.Label ?? TimerLabel.Join(m.ActivityId, m.Workflow), m.DueAt)).ToList(), cancellationToken);
        logger.LogWarning("Scheduled wake-up jobs for {Count} timers that had none", missing.Count);
    }

    private async Task DeleteJobsOfVanishedTimersAsync(CancellationToken cancellationToken)
    {
        var orphans = await db.TimerWakeups.AsNoTracking().Where(w => !db.Bookmarks.Any(b => b.Id == w.BookmarkId))
            .Take(OrphanBatch).ToListAsync(cancellationToken);
        if (orphans.Count == 0) return;
        foreach (var jobId in orphans.Select(o => o.JobId).OfType<string>())
            scheduler.Delete(jobId);
        var ids = orphans.Select(o => o.BookmarkId).ToList();
        await db.TimerWakeups.Where(w => ids.Contains(w.BookmarkId)).ExecuteDeleteAsync(cancellationToken);
    }
}
