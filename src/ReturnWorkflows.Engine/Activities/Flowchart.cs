using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities;

[Activity("Elsa.Flowchart", "Flow", Description = "A flowchart is a collection of activities and connections between them.", IsContainer = true)]
[FlowOutcomes]
public sealed class Flowchart : Activity;
