using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Flow;

[Activity("Elsa.Finish", "Flow", Description = "Finishes the whole workflow instance at once, even from a nested flowchart.", IsTerminal = true)]
public sealed class Finish : Activity
{
    public override void Execute(ActivityExecutionContext context) => context.FinishWorkflow();
}
