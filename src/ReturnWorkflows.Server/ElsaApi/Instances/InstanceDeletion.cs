using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Server.ElsaApi.Instances;

/// <summary>
/// Deletes finished instances (their journal, records, tasks and bookmarks go with them by cascade). A running
/// instance is not deleted: it would leave a case without its workflow; cancel it first.
/// </summary>
internal static class InstanceDeletion
{
    public static async Task<int> DeleteAsync(ReturnWorkflowsDbContext db, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return 0;
        var running = await db.WorkflowInstances.Where(i => ids.Contains(i.Id) && i.Status == WorkflowStatus.Running).Select(i => i.Id).ToListAsync(ct);
        if (running.Count > 0)
            throw new Engine.Application.ConflictException("ids", $"{running.Count} of these instances are still running ({string.Join(", ", running.Take(5))}): cancel them before deleting.");
        return await db.WorkflowInstances.Where(i => ids.Contains(i.Id)).ExecuteDeleteAsync(ct);
    }
}
