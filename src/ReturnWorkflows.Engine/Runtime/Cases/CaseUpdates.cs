using System.Text.Json.Nodes;

namespace ReturnWorkflows.Engine.Runtime.Cases;

/// <summary>
/// A change a step asks of its case (a monitoring plan to record): a kind the case domain knows and its arguments, codes
/// only. A step does no I/O, so the change is applied once the step is written, in its transaction: a refusal rolls the
/// step back with it. A designer's test run has no case and asks nothing.
/// </summary>
public sealed record CaseUpdateRequest(string Kind, JsonObject Arguments);

/// <summary>Applies one kind of <see cref="CaseUpdateRequest"/> to a case; the case domain implements them.</summary>
public interface IWorkflowCaseUpdater
{
    string Kind { get; }

    Task ApplyAsync(string caseId, JsonObject arguments, CancellationToken cancellationToken);
}
