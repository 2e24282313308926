using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Views;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.Application;

/// <summary>
/// What every section edit does around its change: find the case as the viewer may see it, check they may edit,
/// refuse a stale version naming who saved since, apply the change through the aggregate and audit each field.
/// Then the steps of the case waiting on a gate it now meets are released. The transaction behaviour commits it all, or nothing.
/// </summary>
public sealed class CaseEditing(VisibleCases visibleCases, ICaseAuditLog audit, TimeProvider clock, CaseGateRelease gates)
{
    /// <param name="mayDecide">The caller checked already that the viewer may take this decision (a programme manager's
    /// approval), though their role does not edit case data.</param>
    public Task<CaseSaved> EditAsync(CaseViewer viewer, string caseId, int version, Action<ReturnCase, DateTime> change,
        CancellationToken cancellationToken, bool mayDecide = false) =>
        EditAsync(viewer, caseId, version, (c, now, _) => change(c, now), cancellationToken, mayDecide);

    /// <summary>For a change that depends on the country of return's status (eligibility, clearance).</summary>
    public async Task<CaseSaved> EditAsync(CaseViewer viewer, string caseId, int version, Action<ReturnCase, DateTime, ReferenceData.ReturnStatus> change,
        CancellationToken cancellationToken, bool mayDecide = false)
    {
        var returnCase = await visibleCases.FindAsync(viewer, caseId, cancellationToken);
        if (!mayDecide && !CaseAccess.MayEdit(viewer))
            throw new ForbiddenException("caseId", "Your role may look at this case but not change it.");
        return await ApplyAsync(viewer, returnCase, version, change, cancellationToken);
    }

    /// <summary>
    /// For the reintegration plan, the origin office's own section: changed by the origin office that accepted the case
    /// (which otherwise sees it only as the transfer consent allows) and by the host office.
    /// </summary>
    public async Task<CaseSaved> EditReintegrationAsync(CaseViewer viewer, string caseId, int version, Action<ReturnCase, DateTime> change,
        CancellationToken cancellationToken)
    {
        var (returnCase, asOrigin) = await visibleCases.FindForReadingAsync(viewer, caseId, cancellationToken);
        if (!CaseAccess.MayEditReintegration(viewer))
            throw new ForbiddenException("caseId", "Your role may look at this case but not change it.");
        if (asOrigin && returnCase.AcceptedBy != viewer.Office)
            throw new ForbiddenException("caseId", "Only the origin office that accepted the case changes its reintegration plan and monitoring.");
        return await ApplyAsync(viewer, returnCase, version, (c, now, _) => change(c, now), cancellationToken);
    }

    private async Task<CaseSaved> ApplyAsync(CaseViewer viewer, ReturnCase returnCase, int version, Action<ReturnCase, DateTime, ReferenceData.ReturnStatus> change,
        CancellationToken cancellationToken)
    {
        returnCase.EnsureVersion(version);
        var now = clock.GetUtcNow().UtcDateTime;
        change(returnCase, now, await gates.CountryStatusAsync(returnCase, cancellationToken));
        audit.Add(CaseAuditTrail.Changes(returnCase, AuditAction.Changed, now, viewer.UserName));
        returnCase.ClearPendingChanges();
        // Every section edit may record a fact a waiting step needs (a determination, a consent, a screen).
        await gates.ReleaseAsync(returnCase, cancellationToken);
        return new CaseSaved(returnCase.Id, returnCase.Version);
    }
}
