using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Flow;

[Activity("Elsa.Start", "Flow", Description = "Marks the start of a flowchart.", IsStart = true)]
public sealed class Start : Activity;
