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
        var office = CaseAccess.MaySeeAsOrigin(viewer) ? await referenceData.FindOfficeAsync(viewer.Office!, cancellationToken) : null;
        return CaseAccess.VisibilityFor(viewer, managed, office is { ReceivesReturnees: true } ? office.Country : null);
    }

    /// <summary>
    /// The case with full access (its office, programme or a task of the viewer's): what every command and every section
    /// of the host office's own needs. An origin office's view of the case is <see cref="FindForReadingAsync"/>'s.
    /// </summary>
    public async Task<ReturnCase> FindAsync(CaseViewer viewer, string caseId, CancellationToken cancellationToken)
    {
        var (found, asOrigin) = await FindForReadingAsync(viewer, caseId, cancellationToken);
        return asOrigin ? throw NotFound(caseId) : found;
    }

    /// <summary>The case for reading it, and whether the viewer sees it only as the origin office (without the host's sections).</summary>
    public async Task<(ReturnCase Case, bool AsOriginOffice)> FindForReadingAsync(CaseViewer viewer, string caseId, CancellationToken cancellationToken)
    {
        var visibility = await VisibilityForAsync(viewer, cancellationToken);
        var found = visibility.SeesNothing ? null : await cases.FindAsync(caseId, cancellationToken);
        if (found is null) throw NotFound(caseId);
        if (visibility.Admits(found.HostOffice, found.ProgrammeId,
                visibility.TaskHolder is { } holder && await cases.HasHeldTaskAsync(found.Id, holder, cancellationToken)))
            return (found, false);
        return visibility.AdmitsAsOrigin(found.CountryOfReturn, found.TransferConsented) ? (found, true) : throw NotFound(caseId);
    }

    public static NotFoundException NotFound(string caseId) => new("caseId", $"There is no case '{caseId}'.");
}
