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

public sealed class GetCaseHandler(VisibleCases visibleCases, ICaseAuditLog audit, TimeProvider clock, IMediator mediator, CaseGateRelease gates)
    : IRequestHandler<GetCase, CaseView>
{
    public async Task<CaseView> Handle(GetCase query, CancellationToken cancellationToken)
    {
        var (found, asOrigin) = await visibleCases.FindForReadingAsync(query.Viewer, query.CaseId, cancellationToken);
        var view = asOrigin
            ? CaseViews.For(found, maySeeSensitive: false, asOriginOffice: true)
            : CaseViews.For(found, CaseAccess.MaySeeSensitive(query.Viewer)) with { WaitingFor = await WaitingAsync(found, cancellationToken) };
        audit.Add([CaseAuditTrail.Read(found.Id, view.Sections, clock.GetUtcNow().UtcDateTime, query.Viewer.UserName)]);
        return view;
    }

    /// <summary>The steps waiting on a gate, each with the gates it still lacks now (codes: the gates say what is missing, not what was found).</summary>
    private async Task<IReadOnlyList<WaitingStepView>> WaitingAsync(Model.ReturnCase found, CancellationToken cancellationToken)
    {
        var waits = await mediator.Send(new Engine.Runtime.Cases.GetCaseGateWaits(found.Id, Model.CaseGates.All), cancellationToken);
        if (waits.Count == 0) return [];
        var country = await gates.CountryStatusAsync(found, cancellationToken);
        return waits.Select(w => new WaitingStepView(w.WorkflowInstanceId, w.ActivityId,
            found.UnmetGates(w.WaitingFor, country) is { Count: > 0 } unmet ? unmet : [w.Gate], w.Since)).ToList();
    }
}
