using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Timeline;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

/// <summary>
/// The workflows' side of a case's timeline, from the engine's tables by their case id: instances (phases), human
/// tasks and the journal's failed steps. Three small indexed reads (ix_workflow_instances_case, ix_human_tasks_case,
/// the journal by instance).
/// </summary>
internal sealed class EfCaseWorkHistory(ReturnWorkflowsDbContext db) : ICaseWorkHistory
{
    public async Task<IReadOnlyList<CaseWorkEvent>> ForCaseAsync(string caseId, CancellationToken cancellationToken)
    {
        var instances = await db.WorkflowInstances.AsNoTracking().Where(i => i.CaseId == caseId)
            .Select(i => new { i.Id, i.DefinitionVersionId, i.DefinitionId, i.SubStatus, i.CreatedAt, i.FinishedAt }).ToListAsync(cancellationToken);
        var versionIds = instances.Select(i => i.DefinitionVersionId).Distinct().ToList();
        var names = await db.WorkflowDefinitionVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Name, v.Version }).ToDictionaryAsync(v => v.Id, cancellationToken);
        var events = new List<CaseWorkEvent>();
        foreach (var instance in instances)
        {
            var phase = names.TryGetValue(instance.DefinitionVersionId, out var v) ? $"{v.Name ?? instance.DefinitionId} (v{v.Version})" : instance.DefinitionId;
            events.Add(new CaseWorkEvent(instance.CreatedAt, CaseWorkEventKind.PhaseStarted, phase));
            // A faulted phase is told by its failed step (the journal's line below), not as an end.
            if (instance.FinishedAt is { } finished && instance.SubStatus is WorkflowSubStatus.Finished or WorkflowSubStatus.Cancelled)
                events.Add(new CaseWorkEvent(finished, instance.SubStatus == WorkflowSubStatus.Cancelled
                    ? CaseWorkEventKind.PhaseCancelled : CaseWorkEventKind.PhaseCompleted, phase));
        }

        var instanceIds = instances.Select(i => i.Id).ToList();
        var failed = await db.JournalEntries.AsNoTracking().Where(e => instanceIds.Contains(e.WorkflowInstanceId) && e.EventName == "Faulted")
            .Select(e => new { e.Timestamp, e.ActivityName, e.ActivityType }).ToListAsync(cancellationToken);
        events.AddRange(failed.Select(f => new CaseWorkEvent(f.Timestamp, CaseWorkEventKind.StepFailed, f.ActivityName ?? f.ActivityType)));

        var tasks = await db.HumanTasks.AsNoTracking().Where(t => t.CaseId == caseId)
            .Select(t => new { t.Title, t.CreatedAt, t.OverdueNoticedAt, t.CompletedAt, t.CompletedBy, t.Outcome, t.Status }).ToListAsync(cancellationToken);
        foreach (var task in tasks)
        {
            events.Add(new CaseWorkEvent(task.CreatedAt, CaseWorkEventKind.TaskOpened, task.Title));
            if (task.OverdueNoticedAt is { } overdue)
                events.Add(new CaseWorkEvent(overdue, CaseWorkEventKind.TaskOverdue, task.Title));
            if (task.Status == HumanTaskStatus.Completed && task.CompletedAt is { } completed)
                events.Add(new CaseWorkEvent(completed, CaseWorkEventKind.TaskCompleted, task.Title, task.CompletedBy, task.Outcome));
        }
        return events;
    }
}
