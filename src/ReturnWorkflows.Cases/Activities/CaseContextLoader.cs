using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Runtime.Cases;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The case as the engine's activities may read it before a step: its host office, its country of return, the origin
/// office there (an office in that country other than the host; one that hosts no migrants first) and its unmet gates.
/// </summary>
public sealed class CaseContextLoader(ICaseRepository cases) : IWorkflowCaseContextLoader
{
    public async Task<WorkflowCaseContext?> LoadAsync(string caseId, CancellationToken cancellationToken)
    {
        if (await cases.FindStepContextAsync(caseId, cancellationToken) is not { } found)
            return null;
        return new WorkflowCaseContext(found.CaseId, found.HostOffice, found.OriginOffice, found.CountryOfReturn,
            CaseGates.Unmet(found.Gates, CaseGates.All).ToHashSet(StringComparer.Ordinal), found.OpenedAt, found.LastReachedAt, found.ClosureProposedAt, found.FlightDay,
            found.MonitoringPlannedAt, found.NextMonitoringContact);
    }
}
