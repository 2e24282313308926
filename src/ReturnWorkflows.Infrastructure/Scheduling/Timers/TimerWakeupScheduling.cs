using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Infrastructure.Scheduling.Timers;

/// <summary>
/// Schedules and deletes wake-up jobs once a step has committed, and records each new job's id on its row. A failure
/// here does not undo the step (it committed): the timer stays due in our tables and the recovery job fires it.
/// </summary>
public sealed class TimerWakeupScheduling(ReturnWorkflowsDbContext db, PendingWakeups pending, ITimerWakeupScheduler scheduler,
    ILogger<TimerWakeupScheduling> logger)
{
    public async Task AfterCommitAsync(CancellationToken cancellationToken)
    {
        if (pending.IsEmpty) return;
        var (toSchedule, jobsToDelete) = pending.Take();
        try
        {
            foreach (var jobId in jobsToDelete)
                scheduler.Delete(jobId);
            await ScheduleAsync(toSchedule, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Wake-up jobs for {Count} timers could not be scheduled or deleted; the recovery job fires due timers and deleted ones do nothing",
                toSchedule.Count + jobsToDelete.Count);
        }
    }

    /// <summary>Schedules each wake-up and records its job on the timer's row; a timer removed meanwhile gets its job deleted again.</summary>
    public async Task ScheduleAsync(IReadOnlyList<WakeupToSchedule> wakeups, CancellationToken cancellationToken)
    {
        foreach (var wakeup in wakeups)
        {
            if (scheduler.Schedule(wakeup) is not { } jobId) continue;
            // On PostgreSQL this waits for a step that is removing the timer right now; if it did, the row is gone.
            var recorded = await db.TimerWakeups.Where(w => w.BookmarkId == wakeup.BookmarkId)
                .ExecuteUpdateAsync(u => u.SetProperty(w => w.JobId, jobId), cancellationToken);
            if (recorded == 0)
                scheduler.Delete(jobId);
        }
    }
}
