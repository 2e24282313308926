using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.Application;

/// <summary>
/// Loads a case for a viewer, or answers that it does not exist: one 404 whether it is missing or hidden, so nobody
/// learns that a case they may not see exists.
/// </summary>
public sealed class VisibleCases(ICaseRepository cases, IReferenceDataStore referenceData)
{
    public async Task<CaseVisibility> VisibilityForAsync(CaseViewer viewer, CancellationToken cancellationToken)
    {
        var managed = viewer.Holds(Roles.ProgrammeManager) ? await referenceData.ProgrammesManagedByAsync(viewer.UserName, cancellationToken) : [];
        return CaseAccess.VisibilityFor(viewer, managed);
    }

    public async Task<ReturnCase> FindAsync(CaseViewer viewer, string caseId, CancellationToken cancellationToken)
    {
        var visibility = await VisibilityForAsync(viewer, cancellationToken);
        var found = visibility.SeesNothing ? null : await cases.FindAsync(caseId, cancellationToken);
        if (found is null || !visibility.Admits(found.HostOffice, found.ProgrammeId,
                visibility.TaskHolder is { } holder && await cases.HasHeldTaskAsync(found.Id, holder, cancellationToken)))
            throw NotFound(caseId);
        return found;
    }

    public static NotFoundException NotFound(string caseId) => new("caseId", $"There is no case '{caseId}'.");
}
