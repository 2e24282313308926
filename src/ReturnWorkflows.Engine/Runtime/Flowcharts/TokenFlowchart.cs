using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Runtime.Execution;

namespace ReturnWorkflows.Engine.Runtime.Flowcharts;

/// <summary>Elsa's token-based flowchart (elsa-semantics.md §2.6). Not built yet: instances choose it only once it is.</summary>
internal static class TokenFlowchart
{
    public static void OnChildCompleted(ActivityExecutionContext flowchart, ChildCompletion completion) =>
        throw new NotSupportedException("The token-based join algorithm is not built yet; start instances with the counter-based one.");
}
