using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Expressions;

namespace ReturnWorkflows.Engine.Activities.Flow;

[Activity("Elsa.FlowFork", "Branching", DisplayName = "Fork", Description = "Starts every named branch at once.")]
public sealed class FlowFork : Activity
{
    [Input(Description = "The names of the branches to start; each is an outgoing port.", DefaultSyntax = "Object", UiHint = UiHints.DynamicOutcomes)]
    public string[]? Branches { get; init; }

    public override DynamicOutcomes GetDynamicOutcomes(ActivityNode node)
    {
        if (!InputJson.TryReadStaticValue(node.GetProperty("branches"), out var value))
            return DynamicOutcomes.Unknown;
        return DynamicOutcomes.Of(InputJson.AsStringList(value) ?? ["Done"]);
    }

    public override void Execute(ActivityExecutionContext context) =>
        context.Complete(context.GetInput<string[]>(nameof(Branches)) ?? ["Done"]);
}
