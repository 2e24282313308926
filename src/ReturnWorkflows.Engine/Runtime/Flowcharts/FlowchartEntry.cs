using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Runtime.Execution;

namespace ReturnWorkflows.Engine.Runtime.Flowcharts;

/// <summary>Where a run entered a flowchart, kept in its context so every burst reads the graph from that entry.</summary>
internal static class FlowchartEntry
{
    public const string Property = "entry";

    public static FlowGraph GraphOf(ActivityExecutionContext flowchart) =>
        flowchart.Node.FlowFrom(flowchart.Properties[Property] is JsonValue entry && entry.TryGetValue<string>(out var id) ? id : null)!;
}
