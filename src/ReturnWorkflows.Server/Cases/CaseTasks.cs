using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Server.Cases;

/// <summary>
/// The open tasks of a case, for its page. Ask only for a case the viewer was shown (the case query decided that);
/// each task's own page still checks who may open it.
/// </summary>
public sealed class CaseTasks(ReturnWorkflowsDbContext db)
{
    public async Task<IReadOnlyList<HumanTask>> OpenAsync(string caseId, CancellationToken ct) =>
        (await db.HumanTasks.AsNoTracking().Where(t => t.CaseId == caseId && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Assigned || t.Status == HumanTaskStatus.Escalated)).ToListAsync(ct))
        .OrderBy(t => t.DueAt ?? DateTime.MaxValue).ThenBy(t => t.CreatedAt).ToList();
}
