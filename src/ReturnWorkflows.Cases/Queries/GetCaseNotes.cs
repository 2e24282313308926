using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Notes;

namespace ReturnWorkflows.Cases.Queries;

/// <summary>A case's notes, newest first, for whoever may see the case (otherwise a 404); audited as a read of the notes.</summary>
public sealed record GetCaseNotes(CaseViewer Viewer, string CaseId) : IRequest<IReadOnlyList<NoteView>>;

public sealed record NoteView(string Id, string Text, string By, DateTime WrittenAt);

public sealed class GetCaseNotesHandler(VisibleCases visibleCases, ICaseNoteLog notes, ICaseAuditLog audit, TimeProvider clock)
    : IRequestHandler<GetCaseNotes, IReadOnlyList<NoteView>>
{
    public async Task<IReadOnlyList<NoteView>> Handle(GetCaseNotes query, CancellationToken cancellationToken)
    {
        var found = await visibleCases.FindAsync(query.Viewer, query.CaseId, cancellationToken);
        var written = await notes.ForCaseAsync(found.Id, cancellationToken);
        audit.Add([CaseAuditTrail.Read(found.Id, [CaseSections.Notes], clock.GetUtcNow().UtcDateTime, query.Viewer.UserName)]);
        return written.Select(n => new NoteView(n.Id, n.Text, n.By, n.WrittenAt)).ToList();
    }
}
