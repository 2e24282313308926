using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Runtime.Cases;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The case as the engine's activities may read it before a step: its host office, its country of return and the
/// origin office there (an office in that country other than the host; one that hosts no migrants first).
/// </summary>
public sealed class CaseContextLoader(ICaseRepository cases, IReferenceDataStore referenceData) : IWorkflowCaseContextLoader
{
    public async Task<WorkflowCaseContext?> LoadAsync(string caseId, CancellationToken cancellationToken)
    {
        if (await cases.FindRoutingAsync(caseId, cancellationToken) is not { } returnCase)
            return null;
        var origin = (await referenceData.OfficesAsync(cancellationToken))
            .Where(o => o.ReceivesReturnees && o.Country == returnCase.CountryOfReturn && o.Code != returnCase.HostOffice)
            .OrderBy(o => o.HostsMigrants).ThenBy(o => o.Code, StringComparer.Ordinal)
            .FirstOrDefault();
        return new WorkflowCaseContext(returnCase.CaseId, returnCase.HostOffice, origin?.Code, returnCase.CountryOfReturn, returnCase.OpenedAt, returnCase.LastReachedAt,
            returnCase.ClosureProposedAt);
    }
}
