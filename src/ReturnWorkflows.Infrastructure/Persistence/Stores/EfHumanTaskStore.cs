using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfHumanTaskStore(ReturnWorkflowsDbContext db) : IHumanTaskStore
{
    public Task<HumanTask?> FindAsync(string taskId, CancellationToken cancellationToken) =>
        db.HumanTasks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);

    public async Task<IReadOnlyList<HumanTask>> FindByActivityInstancesAsync(IReadOnlyCollection<string> activityInstanceIds, CancellationToken cancellationToken) =>
        await db.HumanTasks.AsNoTracking().Where(t => activityInstanceIds.Contains(t.ActivityInstanceId)).ToListAsync(cancellationToken);

    // One statement decides: only a row still Open changes, so one concurrent claimer gets 1 and the others 0.
    public async Task<bool> TryClaimAsync(string taskId, string userId, DateTime now, CancellationToken cancellationToken)
    {
        var changed = await db.HumanTasks.Where(t => t.Id == taskId && t.Status == HumanTaskStatus.Open)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.Status, HumanTaskStatus.Assigned).SetProperty(t => t.Assignee, userId)
                .SetProperty(t => t.UpdatedAt, now).SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);
        // The row now holds what the statement wrote: a tracked copy takes the same values in memory instead of being
        // read again, and stays unchanged (nothing to write back).
        if (changed == 1 && db.ChangeTracker.Entries<HumanTask>().FirstOrDefault(e => e.Entity.Id == taskId) is { } tracked)
        {
            tracked.Entity.Status = HumanTaskStatus.Assigned;
            tracked.Entity.Assignee = userId;
            tracked.Entity.UpdatedAt = now;
            tracked.Entity.Version++;
            tracked.OriginalValues.SetValues(tracked.CurrentValues);
            tracked.State = EntityState.Unchanged;
        }
        return changed == 1;
    }

    public async Task<IReadOnlyList<HumanTask>> FindNewlyOverdueAsync(DateTime now, int limit, CancellationToken cancellationToken) =>
        await db.HumanTasks
            .Where(t => t.OverdueNoticedAt == null && t.DueAt <= now
                        && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Assigned || t.Status == HumanTaskStatus.Escalated))
            .OrderBy(t => t.DueAt).Take(limit).ToListAsync(cancellationToken);

    public Task SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
