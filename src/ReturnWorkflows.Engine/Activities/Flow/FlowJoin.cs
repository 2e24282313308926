using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Flow;

[Activity("Elsa.FlowJoin", "Branching", DisplayName = "Join", Description = "Merges branches: waits for any, for all, or for all that are still active.")]
public sealed class FlowJoin : Activity
{
    [Input(Description = "WaitAny runs on the first arrival; WaitAll and WaitAllActive wait for the others.", UiHint = UiHints.FlowJoinMode,
        Options = ["WaitAny", "WaitAll", "WaitAllActive"], DefaultValue = "WaitAny")]
    public string Mode { get; init; } = "WaitAny";

    // A join cancels whatever still runs on its inbound paths when it executes (elsa-semantics.md §2.5).
    public override void Execute(ActivityExecutionContext context)
    {
        context.CancelRunningAncestorsInFlowchart();
        context.Complete();
    }
}
