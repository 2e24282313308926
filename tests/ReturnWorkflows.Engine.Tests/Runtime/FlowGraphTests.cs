using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Runtime.Flowcharts;

namespace ReturnWorkflows.Engine.Tests.Runtime;

public class FlowGraphTests
{
    [Theory]
    [InlineData("""[{"id":"a","type":"Elsa.WriteLine"},{"id":"s","type":"Elsa.Start"}]""", "a>s", null, "s")]
    [InlineData("""[{"id":"a","type":"Elsa.WriteLine"},{"id":"t","type":"Elsa.Event","customProperties":{"canStartWorkflow":true}}]""", "t>a", null, "t")]
    [InlineData("""[{"id":"a","type":"Elsa.WriteLine"},{"id":"b","type":"Elsa.WriteLine"}]""", "b>a", null, "b")]
    [InlineData("""[{"id":"a","type":"Elsa.WriteLine"},{"id":"b","type":"Elsa.WriteLine"}]""", "a>b,b>a", null, "a")]
    [InlineData("""[{"id":"s","type":"Elsa.Start"},{"id":"t","type":"Elsa.Event"}]""", "s>t", "t", "t")]
    public void The_start_is_chosen_by_Elsas_rules(string activities, string edges, string? trigger, string expected)
    {
        var graph = new FlowGraph(Flowchart(activities, edges), trigger);

        Assert.Equal(expected, graph.Start!.Id);
    }

    [Fact]
    public void A_loop_back_to_an_earlier_activity_is_a_back_edge_and_unreachable_activities_dangle()
    {
        var graph = new FlowGraph(Flowchart(
            """[{"id":"s","type":"Elsa.Start"},{"id":"ask","type":"Elsa.WriteLine"},{"id":"wait","type":"Elsa.Delay"},{"id":"check","type":"Elsa.FlowDecision"},{"id":"end","type":"Elsa.End"},{"id":"lost","type":"Elsa.WriteLine"}]""",
            "s>ask,ask>wait,wait>check,check>end:True,check>ask:False,lost>end"));

        var back = Assert.Single(graph.Connections, graph.IsBackEdge);
        Assert.Equal(("check", "ask"), (back.Source.Activity, back.Target.Activity));
        Assert.Single(graph.ForwardInbound("ask"));
        Assert.True(graph.IsDangling("lost"));
        Assert.False(graph.IsDangling("end"));
    }

    [Fact]
    public void Connections_to_missing_activities_are_dropped()
    {
        var graph = new FlowGraph(Flowchart("""[{"id":"s","type":"Elsa.Start"}]""", "s>ghost"));

        Assert.Empty(graph.Connections);
    }

    [Fact]
    public void An_empty_flowchart_has_no_start() =>
        Assert.Null(new FlowGraph(Flowchart("[]", "")).Start);

    // "a>b:Port" edges; the port defaults to Done.
    private static ActivityNode Flowchart(string activities, string edges)
    {
        var connections = edges.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(edge =>
        {
            var parts = edge.Split('>', ':');
            return $$$"""{"source":{"activity":"{{{parts[0]}}}","port":"{{{(parts.Length > 2 ? parts[2] : "Done")}}}"},"target":{"activity":"{{{parts[1]}}}","port":"In"}}""";
        });
        var json = """{"root":{"id":"f","type":"Elsa.Flowchart","activities":ACTIVITIES,"connections":[CONNECTIONS]}}"""
            .Replace("ACTIVITIES", activities).Replace("CONNECTIONS", string.Join(",", connections));
        return WorkflowDefinitionJson.Parse(json).Root!;
    }
}
