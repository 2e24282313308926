using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Engine.Tasks.Queries;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfTaskInboxQueries(ReturnWorkflowsDbContext db) : ITaskInboxQueries
{
    /// <summary>"Due soon" looks this far ahead.</summary>
    public static readonly TimeSpan DueSoonWindow = TimeSpan.FromDays(2);

    public async Task<IReadOnlyList<HumanTask>> ListAsync(TaskActor actor, InboxView view, DateTime now, int skip, int take, CancellationToken cancellationToken) =>
        await Query(actor, view, now).AsNoTracking().OrderBy(t => t.DueAt).ThenBy(t => t.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);

    public Task<int> CountAsync(TaskActor actor, InboxView view, DateTime now, CancellationToken cancellationToken) =>
        Query(actor, view, now).CountAsync(cancellationToken);

    private IQueryable<HumanTask> Query(TaskActor actor, InboxView view, DateTime now)
    {
        var roles = actor.Roles.ToList();
        var mine = db.HumanTasks.Where(t => t.Assignee == actor.UserId && (t.Status == HumanTaskStatus.Assigned || t.Status == HumanTaskStatus.Escalated));
        var officeOpen = db.HumanTasks.Where(t => t.CandidateOffice == actor.Office && t.Status == HumanTaskStatus.Open
                                                  && (t.CandidateRole == null || roles.Contains(t.CandidateRole)));
        return view switch
        {
            InboxView.Mine => mine,
            InboxView.OfficeOpen => officeOpen,
            InboxView.DueSoon => mine.Concat(officeOpen).Where(t => t.DueAt > now && t.DueAt <= now + DueSoonWindow),
            InboxView.Overdue => mine.Concat(officeOpen).Where(t => t.DueAt <= now),
            _ => throw new ArgumentOutOfRangeException(nameof(view)),
        };
    }
}
