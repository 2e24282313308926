using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Runtime.Execution;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The end of a phase: the case enters the next phase workflow, on the version published at that moment (not the one
/// this phase started on), so a redesign reaches a case that runs for 12 to 18 months at its next phase. The new
/// instance is started in this step's transaction, with the case's id and number like the lifecycle's first phase.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Enter next phase",
    Description = "Starts the next phase workflow of the case (its version published now) and goes on. Draw it at the end of a phase; the phase's own steps and watches end with it.")]
public sealed class StartPhase : Activity
{
    public const string TypeName = "ReturnWorkflows.Cases.StartPhase";

    [Input(DisplayName = "Next phase", Description = "The phase workflow the case enters.", UiHint = UiHints.Dropdown, OptionsFrom = InputOptionLists.PublishedWorkflows)]
    public string? Phase { get; init; }

    public override void Execute(ActivityExecutionContext context)
    {
        var phase = context.GetInput<string>(nameof(Phase));
        if (string.IsNullOrWhiteSpace(phase))
            throw new InvalidOperationException("Choose the next phase workflow.");
        // The same input the first phase gets at intake: the case's id and number, no personal data.
        context.StartWorkflowAfterStep(phase.Trim(), new JsonObject { ["caseId"] = context.CaseId, ["caseNumber"] = context.CorrelationId });
        context.Complete();
    }
}
