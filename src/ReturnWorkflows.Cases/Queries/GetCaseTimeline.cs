using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Notes;
using ReturnWorkflows.Cases.Timeline;

namespace ReturnWorkflows.Cases.Queries;

/// <summary>
/// A case's history as one list, newest first: the changes of the audit trail (which fields, never their values, so
/// the timeline is no back door to the audit page), the notes, and what the workflows did (phases, tasks, failed
/// steps). For whoever may see the case; changes to the protection section only for those who may read it. Audited
/// as a read of the timeline.
/// </summary>
public sealed record GetCaseTimeline(CaseViewer Viewer, string CaseId) : IRequest<IReadOnlyList<TimelineEntryView>>;

public enum TimelineEntryKind
{
    CaseOpened,
    Changed,
    Note,
    PhaseStarted,
    PhaseCompleted,
    PhaseCancelled,
    StepFailed,
    TaskOpened,
    TaskOverdue,
    TaskCompleted,
}

/// <param name="Section">For a change, the section changed (<see cref="CaseSections"/>).</param>
/// <param name="Title">A phase's, task's or step's name; a note's text.</param>
/// <param name="Fields">For a change, the fields changed (paths without the ids of persons and items).</param>
public sealed record TimelineEntryView(DateTime At, TimelineEntryKind Kind, string? Actor, string? Section, string? Title,
    IReadOnlyList<string> Fields, string? Outcome);

public sealed class GetCaseTimelineHandler(VisibleCases visibleCases, ICaseAuditLog audit, ICaseNoteLog notes, ICaseWorkHistory work,
    TimeProvider clock) : IRequestHandler<GetCaseTimeline, IReadOnlyList<TimelineEntryView>>
{
    public async Task<IReadOnlyList<TimelineEntryView>> Handle(GetCaseTimeline query, CancellationToken cancellationToken)
    {
        var found = await visibleCases.FindAsync(query.Viewer, query.CaseId, cancellationToken);
        var seesProtection = CaseAccess.MaySeeSensitive(query.Viewer);
        var trail = await audit.ForCaseAsync(found.Id, cancellationToken);
        var written = await notes.ForCaseAsync(found.Id, cancellationToken);
        var worked = await work.ForCaseAsync(found.Id, cancellationToken);
        audit.Add([CaseAuditTrail.Read(found.Id, [CaseSections.Timeline], clock.GetUtcNow().UtcDateTime, query.Viewer.UserName)]);

        var changes = trail
            .Where(e => e.Action != AuditAction.Read && e.Section != CaseSections.Notes && (seesProtection || e.Section != CaseSections.Protection))
            // One command's changes to one section are one line: an edit of a person's names is one event, not four.
            .GroupBy(e => (e.At, e.Actor, e.Section, Opened: e.Action == AuditAction.Created))
            .Select(g => new TimelineEntryView(g.Key.At, g.Key.Opened ? TimelineEntryKind.CaseOpened : TimelineEntryKind.Changed, g.Key.Actor,
                g.Key.Section, null, g.Key.Opened ? [] : g.Select(e => FieldPath.WithoutIds(e.Field)).Where(f => f.Length > 0).Distinct().ToList(), null));
        // A case opened writes a row per section it filled; the timeline says it once.
        var opened = changes.Where(c => c.Kind == TimelineEntryKind.CaseOpened).OrderBy(c => c.At).Take(1);
        var entries = changes.Where(c => c.Kind != TimelineEntryKind.CaseOpened).Concat(opened)
            .Concat(written.Select(n => new TimelineEntryView(n.WrittenAt, TimelineEntryKind.Note, n.By, CaseSections.Notes, n.Text, [], null)))
            .Concat(worked.Select(w => new TimelineEntryView(w.At, KindOf(w.Kind), w.Actor, null, w.Title, [], w.Outcome)));
        return entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Kind).ToList();
    }

    private static TimelineEntryKind KindOf(CaseWorkEventKind kind) => kind switch
    {
        CaseWorkEventKind.PhaseStarted => TimelineEntryKind.PhaseStarted,
        CaseWorkEventKind.PhaseCompleted => TimelineEntryKind.PhaseCompleted,
        CaseWorkEventKind.PhaseCancelled => TimelineEntryKind.PhaseCancelled,
        CaseWorkEventKind.StepFailed => TimelineEntryKind.StepFailed,
        CaseWorkEventKind.TaskOpened => TimelineEntryKind.TaskOpened,
        CaseWorkEventKind.TaskOverdue => TimelineEntryKind.TaskOverdue,
        CaseWorkEventKind.TaskCompleted => TimelineEntryKind.TaskCompleted,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
