using System.Text.Json.Nodes;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Runtime.Cases;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>Records the plan a <see cref="MonitoringPlanning"/> step made on its case, in the step's transaction, audited as the system's.</summary>
public sealed class MonitoringPlanUpdater(ICaseRepository cases, IReferenceDataStore referenceData, ICaseAuditLog audit, TimeProvider clock)
    : IWorkflowCaseUpdater
{
    public const string SystemUser = "system";

    public string Kind => MonitoringPlanning.UpdateKind;

    public async Task ApplyAsync(string caseId, JsonObject arguments, CancellationToken cancellationToken)
    {
        var returnCase = await cases.FindAsync(caseId, cancellationToken)
                         ?? throw new InvalidOperationException($"The case '{caseId}' of this workflow does not exist.");
        var programme = await referenceData.FindProgrammeAsync(returnCase.ProgrammeId, cancellationToken)
                        ?? throw new InvalidOperationException($"The case's programme '{returnCase.ProgrammeId}' does not exist.");
        var slots = arguments["slots"]!.AsArray()
            .Select(s => new MonitoringSlot(s!["months"]!.GetValue<int>(), Enum.Parse<MonitoringChannel>(s["channel"]!.GetValue<string>())))
            .ToList();
        var sample = arguments["samplePercent"]?.GetValue<int>() is { } share ? new MonitoringSample(share, arguments["draw"]!.GetValue<int>()) : null;
        var now = clock.GetUtcNow().UtcDateTime;
        returnCase.PlanMonitoring(slots, programme.EndDate, sample, now, SystemUser);
        audit.Add(CaseAuditTrail.Changes(returnCase, AuditAction.Changed, now, SystemUser));
        returnCase.ClearPendingChanges();
    }
}
