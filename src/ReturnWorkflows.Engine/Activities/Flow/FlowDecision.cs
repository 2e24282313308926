using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Flow;

[Activity("Elsa.FlowDecision", "Branching", DisplayName = "Decision", Description = "Takes the True or the False branch depending on a condition.")]
[FlowOutcomes("True", "False")]
public sealed class FlowDecision : Activity
{
    [Input(Description = "The condition to evaluate.", UiHint = UiHints.SingleLine, DefaultValue = false)]
    public bool Condition { get; init; }

    public override void Execute(ActivityExecutionContext context) =>
        context.Complete(context.GetInput<bool>(nameof(Condition)) ? "True" : "False");
}
