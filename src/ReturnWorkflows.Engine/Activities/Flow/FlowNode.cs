using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Engine.Activities.Flow;

[Activity("Elsa.FlowNode", "Flow", DisplayName = "Flow node", Description = "Runs its body, then completes.")]
public sealed class FlowNode : Activity
{
    [Port]
    public ActivityNode? Body { get; init; }
}
