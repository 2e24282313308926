using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Views;

namespace ReturnWorkflows.Cases.Queries;

/// <summary>
/// One case as the viewer may see it. Not a read-only query to the pipeline: every read writes an audit row (who,
/// when, which sections), in the same transaction as nothing else.
/// </summary>
public sealed record GetCase(CaseViewer Viewer, string CaseId) : IRequest<CaseView>;

public sealed class GetCaseHandler(VisibleCases visibleCases, ICaseAuditLog audit, TimeProvider clock) : IRequestHandler<GetCase, CaseView>
{
    public async Task<CaseView> Handle(GetCase query, CancellationToken cancellationToken)
    {
        var found = await visibleCases.FindAsync(query.Viewer, query.CaseId, cancellationToken);
        var view = CaseViews.For(found, CaseAccess.MaySeeSensitive(query.Viewer));
        audit.Add([CaseAuditTrail.Read(found.Id, view.Sections, clock.GetUtcNow().UtcDateTime, query.Viewer.UserName)]);
        return view;
    }
}
