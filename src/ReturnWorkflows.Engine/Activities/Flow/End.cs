using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Flow;

[Activity("Elsa.End", "Flow", Description = "Marks the end of a flowchart: completes it and cancels its unfinished branches.", IsTerminal = true)]
public sealed class End : Activity;
