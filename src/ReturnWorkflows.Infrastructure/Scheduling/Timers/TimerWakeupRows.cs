using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Infrastructure.Scheduling.Timers;

/// <summary>The wake-up rows of a step, written and removed with its bookmarks, in its transaction.</summary>
internal sealed class TimerWakeupRows(ReturnWorkflowsDbContext db, PendingWakeups pending)
{
    /// <summary>A new timer: its row now, its job after the commit.</summary>
    public void Add(Bookmark timer, string label)
    {
        db.TimerWakeups.Add(new TimerWakeup { BookmarkId = timer.Id, Label = label });
        pending.Schedule(timer.Id, label, timer.DueAt!.Value);
    }

    /// <summary>Removed bookmarks: their rows go now, their jobs after the commit.</summary>
    public async Task RemoveAsync(IReadOnlyCollection<string> bookmarkIds, CancellationToken cancellationToken)
    {
        if (bookmarkIds.Count == 0) return;
        List<string?> jobIds;
        if (db.Database.IsNpgsql())
        {
            // One statement: it waits for a concurrent "record the job id" on the same row and returns what that
            // wrote, so no job id slips between reading the row and deleting it.
            var ids = bookmarkIds.ToArray();
            jobIds = await db.Database.SqlQuery<string?>($"DELETE FROM timer_wakeups WHERE bookmark_id = ANY({ids}) RETURNING job_id AS \"Value\"")
                .ToListAsync(cancellationToken);
        }
        else
        {
            // SQLite: this transaction holds the only write lock, so nothing records a job id in between.
            jobIds = await db.TimerWakeups.Where(w => bookmarkIds.Contains(w.BookmarkId)).Select(w => w.JobId).ToListAsync(cancellationToken);
            await db.TimerWakeups.Where(w => bookmarkIds.Contains(w.BookmarkId)).ExecuteDeleteAsync(cancellationToken);
        }
        pending.Delete(jobIds.OfType<string>());
    }
}
