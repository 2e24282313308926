using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Execution;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfWorkflowInstanceStore(ReturnWorkflowsDbContext db, Engine.Notifications.IOutboxStore outbox,
    Scheduling.Timers.TimerWakeupRows wakeups) : IWorkflowInstanceStore
{
    public async Task<IReadOnlyList<string>> UnfinishedInstanceIdsOfCaseAsync(string caseId, CancellationToken cancellationToken) =>
        await db.WorkflowInstances.AsNoTracking()
            .Where(i => i.CaseId == caseId && (i.Status == WorkflowStatus.Running || i.SubStatus == WorkflowSubStatus.Faulted))
            .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);

    public async Task<WorkflowInstance?> LockAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
            return await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken); // SQLite: IMMEDIATE holds the write lock
        // Not composed further (no LIMIT around it): the row lock must apply to exactly this statement.
        var rows = await db.WorkflowInstances.FromSql($"SELECT * FROM workflow_instances WHERE id = {instanceId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        return rows.SingleOrDefault();
    }

    public async Task<WorkflowInstance?> TryLockForDueBookmarkAsync(string bookmarkId, DateTime now, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
            return await db.WorkflowInstances.FirstOrDefaultAsync(i => db.Bookmarks.Any(b => b.Id == bookmarkId && b.DueAt <= now && b.WorkflowInstanceId == i.Id), cancellationToken);
        // Instance first, as everywhere; SKIP LOCKED so two draining nodes never wait for each other.
        var rows = await db.WorkflowInstances.FromSql($"""
            SELECT i.* FROM workflow_instances i
            WHERE i.id = (SELECT b.workflow_instance_id FROM bookmarks b WHERE b.id = {bookmarkId} AND b.due_at <= {now})
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        return rows.SingleOrDefault();
    }

    public async Task<WorkflowInstance?> LockForBookmarkAsync(string bookmarkId, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
            return await db.WorkflowInstances.FirstOrDefaultAsync(i => db.Bookmarks.Any(b => b.Id == bookmarkId && b.WorkflowInstanceId == i.Id), cancellationToken);
        var rows = await db.WorkflowInstances.FromSql($"""
            SELECT i.* FROM workflow_instances i
            WHERE i.id = (SELECT b.workflow_instance_id FROM bookmarks b WHERE b.id = {bookmarkId})
            FOR UPDATE
            """).ToListAsync(cancellationToken);
        return rows.SingleOrDefault();
    }

    public async Task<WorkflowInstance?> LockForTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
            return await db.WorkflowInstances.FirstOrDefaultAsync(i => db.HumanTasks.Any(t => t.Id == taskId && t.WorkflowInstanceId == i.Id), cancellationToken);
        var rows = await db.WorkflowInstances.FromSql($"""
            SELECT i.* FROM workflow_instances i
            WHERE i.id = (SELECT t.workflow_instance_id FROM human_tasks t WHERE t.id = {taskId})
            FOR UPDATE
            """).ToListAsync(cancellationToken);
        return rows.SingleOrDefault();
    }

    public async Task<IReadOnlyList<string>> ListDueBookmarkIdsAsync(DateTime now, int limit, CancellationToken cancellationToken) =>
        // Running instances only: a faulted one keeps its timers for a retry, and they must not crowd out the rest.
        await db.Bookmarks.AsNoTracking().Where(b => b.DueAt != null && b.DueAt <= now
                && db.WorkflowInstances.Any(i => i.Id == b.WorkflowInstanceId && i.Status == WorkflowStatus.Running))
            .OrderBy(b => b.DueAt)
            .Select(b => b.Id).Take(limit).ToListAsync(cancellationToken);

    public Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken) =>
        db.Bookmarks.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookmarkId, cancellationToken);

    public async Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(string instanceId, CancellationToken cancellationToken) =>
        await db.Bookmarks.AsNoTracking().Where(b => b.WorkflowInstanceId == instanceId).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string hash, string? correlationId, string? instanceId, CancellationToken cancellationToken)
    {
        // Only running instances take stimuli: a faulted one keeps its bookmarks for a retry, not for events.
        var query = db.Bookmarks.AsNoTracking().Where(b => b.Hash == hash
            && db.WorkflowInstances.Any(i => i.Id == b.WorkflowInstanceId && i.Status == WorkflowStatus.Running));
        if (instanceId is not null) query = query.Where(b => b.WorkflowInstanceId == instanceId);
        if (correlationId is not null)
            query = query.Where(b => db.WorkflowInstances.Any(i => i.Id == b.WorkflowInstanceId && i.CorrelationId == correlationId));
        return await query.ToListAsync(cancellationToken);
    }

    public async Task<bool> TryDeleteBookmarkAsync(Bookmark bookmark, CancellationToken cancellationToken)
    {
        if (await db.Bookmarks.Where(b => b.Id == bookmark.Id).ExecuteDeleteAsync(cancellationToken) != 1)
            return false;
        // Only timers have wake-up rows (and jobs): a task's or an event's bookmark has nothing more to remove.
        if (bookmark.DueAt is not null)
            await wakeups.RemoveAsync([bookmark.Id], cancellationToken);
        return true;
    }

    public void Add(WorkflowInstance instance) => db.WorkflowInstances.Add(instance);

    public Task ResolveIncidentsAsync(string instanceId, string activityInstanceId, DateTime resolvedAt, CancellationToken cancellationToken) =>
        db.Incidents.Where(i => i.WorkflowInstanceId == instanceId && i.ActivityInstanceId == activityInstanceId && i.ResolvedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.ResolvedAt, resolvedAt), cancellationToken);

    public Task CancelOpenTasksAsync(string instanceId, DateTime now, CancellationToken cancellationToken) =>
        CancelTasksAsync(t => t.WorkflowInstanceId == instanceId, now, cancellationToken);

    private Task CancelTasksAsync(System.Linq.Expressions.Expression<Func<Engine.Tasks.HumanTask, bool>> which, DateTime now, CancellationToken cancellationToken) =>
        db.HumanTasks.Where(which)
            .Where(t => t.Status == Engine.Tasks.HumanTaskStatus.Open || t.Status == Engine.Tasks.HumanTaskStatus.Assigned || t.Status == Engine.Tasks.HumanTaskStatus.Escalated)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.Status, Engine.Tasks.HumanTaskStatus.Cancelled)
                .SetProperty(t => t.UpdatedAt, now).SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);

    public Task CancelUnfinishedExecutionsAsync(string instanceId, CancellationToken cancellationToken) =>
        db.ActivityExecutions.Where(r => r.WorkflowInstanceId == instanceId && r.Status == "Running")
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, "Canceled").SetProperty(r => r.HasBookmarks, false), cancellationToken);

    public async Task SaveBurstAsync(WorkflowInstance instance, BurstResult result, CancellationToken cancellationToken, bool writeNow = true)
    {
        instance.ConcurrencyVersion++;
        if (result.BurnedBookmarkIds.Count > 0)
        {
            await db.Bookmarks.Where(b => result.BurnedBookmarkIds.Contains(b.Id)).ExecuteDeleteAsync(cancellationToken);
            await wakeups.RemoveAsync(result.BurnedBookmarkIds, cancellationToken);
        }
        db.Bookmarks.AddRange(result.CreatedBookmarks);
        foreach (var timer in result.CreatedBookmarks.Where(b => b.DueAt is not null))
            wakeups.Add(timer, result.TimerLabels.GetValueOrDefault(timer.Id) ?? Engine.Runtime.Timers.TimerLabel.Join(timer.ActivityId, instance.Name));
        db.JournalEntries.AddRange(result.Journal);
        db.Incidents.AddRange(result.Incidents);
        db.HumanTasks.AddRange(result.CreatedTasks);
        await outbox.EnqueueAsync(result.Outbox, cancellationToken);
        if (result.EscalatedTaskActivityInstanceIds.Count > 0 || result.CancelledTaskActivityInstanceIds.Count > 0)
        {
            var finishing = TasksFinishedInMemory();
            if (result.EscalatedTaskActivityInstanceIds.Count > 0)
                await db.HumanTasks.Where(t => result.EscalatedTaskActivityInstanceIds.Contains(t.ActivityInstanceId) && !finishing.Contains(t.Id)
                        && (t.Status == Engine.Tasks.HumanTaskStatus.Open || t.Status == Engine.Tasks.HumanTaskStatus.Assigned))
                    .ExecuteUpdateAsync(u => u.SetProperty(t => t.Status, Engine.Tasks.HumanTaskStatus.Escalated)
                        .SetProperty(t => t.UpdatedAt, instance.UpdatedAt).SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);
            if (result.CancelledTaskActivityInstanceIds.Count > 0)
                await CancelTasksAsync(t => result.CancelledTaskActivityInstanceIds.Contains(t.ActivityInstanceId) && !finishing.Contains(t.Id), instance.UpdatedAt,
                    cancellationToken);
        }
        await UpsertActivityExecutionsAsync(result, cancellationToken);
        if (writeNow)
            await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Tasks this unit of work has finished in memory but not written yet (a completion's task goes with the step's
    /// batch): the escalation and cancellation statements leave them out, as they skip finished rows once written.
    /// </summary>
    private List<string> TasksFinishedInMemory() =>
        db.ChangeTracker.Entries<Engine.Tasks.HumanTask>()
            .Where(e => e.State == EntityState.Modified
                        && e.Entity.Status is not (Engine.Tasks.HumanTaskStatus.Open or Engine.Tasks.HumanTaskStatus.Assigned or Engine.Tasks.HumanTaskStatus.Escalated))
            .Select(e => e.Entity.Id).ToList();

    private async Task UpsertActivityExecutionsAsync(BurstResult result, CancellationToken cancellationToken)
    {
        if (result.ActivityExecutions.Count == 0) return;
        var ids = result.ActivityExecutions.Keys.ToList();
        var existing = await db.ActivityExecutions.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        foreach (var record in result.ActivityExecutions.Values)
        {
            if (!existing.TryGetValue(record.Id, out var stored))
            {
                db.ActivityExecutions.Add(record);
                continue;
            }
            stored.ActivityState = record.ActivityState ?? stored.ActivityState;
            stored.Payload = record.Payload ?? stored.Payload;
            stored.Exception = record.Exception ?? stored.Exception;
            stored.CompletedAt = record.CompletedAt ?? stored.CompletedAt;
            stored.HasBookmarks = record.HasBookmarks;
            stored.Status = record.Status;
        }
    }
}
