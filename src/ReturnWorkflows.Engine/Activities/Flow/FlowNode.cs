using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Engine.Activities.Flow;

[Activity("Elsa.FlowNode", "Flow", DisplayName = "Flow node", Description = "Runs its body, then completes.")]
public sealed class FlowNode : Activity
{
    [Port]
    public ActivityNode? Body { get; init; }

    public override void Execute(ActivityExecutionContext context)
    {
        if (context.Node.Body is { } body) context.ScheduleChild(body);
        else context.Complete();
    }

    public override void OnChildCompleted(ActivityExecutionContext context, ChildCompletion child) => context.Complete();
}
