using ReturnWorkflows.Engine.Runtime.Flowcharts;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities;

[Activity("Elsa.Flowchart", "Flow", Description = "A flowchart is a collection of activities and connections between them.", IsContainer = true)]
[FlowOutcomes]
public sealed class Flowchart : Activity
{
    public override void Execute(ActivityExecutionContext context)
    {
        var start = context.StartOf(context.Node);
        if (start is null)
        {
            context.Complete(); // an empty flowchart completes at once
            return;
        }
        context.Properties[Runtime.Flowcharts.FlowchartEntry.Property] = start.ActivityId; // later bursts see the graph from the same entry
        context.ScheduleChild(start);
    }

    public override void OnChildCompleted(ActivityExecutionContext context, ChildCompletion child)
    {
        if (context.JoinAlgorithm == Runtime.State.JoinAlgorithm.CounterBased)
            CounterFlowchart.OnChildCompleted(context, child);
        else
            TokenFlowchart.OnChildCompleted(context, child);
    }
}
