using ReturnWorkflows.Engine.Runtime.Execution;
using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Flow;

[Activity("Elsa.Complete", "Flow", Description = "Completes the workflow with the given outcomes.", IsTerminal = true)]
public sealed class Complete : Activity
{
    [Input(Description = "The outcome or outcomes to complete with.", DefaultSyntax = "Object", UiHint = UiHints.JsonEditor)]
    public JsonNode? Outcomes { get; init; }

    // Designer workflows: the nearest composite is the root workflow, so the instance finishes.
    public override void Execute(ActivityExecutionContext context) => context.FinishWorkflow();
}
