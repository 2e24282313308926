using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.State;
using static ReturnWorkflows.Engine.Tests.Runtime.Flowcharts;

namespace ReturnWorkflows.Engine.Tests.Runtime;

/// <summary>One behaviour of elsa-semantics.md §3 per test, for the activities the flowchart tests do not exercise.</summary>
public class ActivityBehaviourTests
{
    private static string Switch(string mode, params (string Label, string Condition)[] cases) =>
        """{"id":"sw","type":"Elsa.FlowSwitch","mode":{"typeName":"String","expression":{"type":"Literal","value":"MODE"}},"cases":CASES}"""
            .Replace("MODE", mode)
            .Replace("CASES", new JsonArray(cases.Select(c => (JsonNode)new JsonObject
            {
                ["label"] = c.Label,
                ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = c.Condition },
            }).ToArray()).ToJsonString());

    [Theory]
    [InlineData("MatchFirst", "true", "true", "a")]
    [InlineData("MatchAny", "true", "true", "a,b")]
    [InlineData("MatchFirst", "false", "1 === 2", "default")]
    public void Switch_takes_the_first_the_matching_or_the_default_branch(string mode, string first, string second, string expected)
    {
        var host = new InMemoryWorkflowHost(Definition(
            $"{Start()},{Switch(mode, ("A", first), ("B", second))},{Write("a")},{Write("b")},{Write("default")}",
            "start>sw, sw>a:A, sw>b:B, sw>default:Default"), JoinAlgorithm.TokenBased).Start();

        Assert.Equal(expected.Split(','), host.Completed.Where(id => id is "a" or "b" or "default"));
    }

    [Fact]
    public void Outputs_of_this_burst_are_readable_by_later_scripts()
    {
        var named = """{"id":"e1","name":"Arrival","type":"Elsa.Event","eventName":{"typeName":"String","expression":{"type":"Literal","value":"Arrived"}}}""";
        var host = new InMemoryWorkflowHost(Definition(
            $"{Start()},{named},{Script("read", "getResultFromArrival().airport + '/' + getOutputFrom('e1', 'Result').airport + '/' + getLastResult().airport")}",
            "start>e1, e1>read")).Start();

        host.RaiseEvent("Arrived", new JsonObject { ["airport"] = "ISB" });

        Assert.Equal("ISB/ISB/ISB", host.Journal.Single(j => j.ActivityId == "read" && j.EventName == "Completed").Message);
    }

    [Fact]
    public void Correlate_sets_the_instance_correlation_id()
    {
        var correlate = """{"id":"c","type":"Elsa.Correlate","correlationId":{"typeName":"String","expression":{"type":"JavaScript","value":"'case-' + getInput('Number')"}}}""";
        var host = new InMemoryWorkflowHost(Definition($"{Start()},{correlate}", "start>c")).Start(new JsonObject { ["Number"] = 42 });

        Assert.True(host.Incidents.Count == 0, string.Join(";", host.Incidents.Select(i => i.Message)));
        Assert.Equal("case-42", host.Instance.CorrelationId);
    }

    [Fact]
    public void A_flow_node_runs_its_body_then_completes()
    {
        var body = JsonNode.Parse(Definition($"{Write("inner")}", ""))!["root"]!.ToJsonString().Replace("\"flow\"", "\"body\"");
        var host = new InMemoryWorkflowHost(Definition($$"""{{Start()}},{"id":"node","type":"Elsa.FlowNode","body":{{body}}},{{Write("after")}}""", "start>node, node>after")).Start();

        Assert.Equal(["inner", "body", "node", "after", "flow"], host.Completed.SkipWhile(id => id != "inner"));
    }

    [Fact]
    public void Complete_ends_the_workflow_and_what_still_waits()
    {
        var host = new InMemoryWorkflowHost(Definition(
            $$"""{{Start()}},{{Fork("fork", "A", "B")}},{{Event("waits", "Never")}},{"id":"done","type":"Elsa.Complete"}""",
            "start>fork, fork>waits:A, fork>done:B"), JoinAlgorithm.TokenBased).Start();

        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
        Assert.Empty(host.Bookmarks);
    }

    [Fact]
    public void Converge_waits_for_every_inbound_connection_including_back_edges()
    {
        var converge = """{"id":"merge","type":"Elsa.WriteLine","customProperties":{"mergeMode":"Converge"},"text":{"typeName":"String","expression":{"type":"Literal","value":"x"}}}""";
        var host = new InMemoryWorkflowHost(Definition(
            $"{Start()},{Fork("fork", "A", "B")},{Event("a", "A")},{Event("b", "B")},{converge}",
            "start>fork, fork>a:A, fork>b:B, a>merge, b>merge"), JoinAlgorithm.TokenBased).Start();

        host.RaiseEvent("A");
        Assert.DoesNotContain("merge", host.Completed);
        host.RaiseEvent("B");
        Assert.Single(host.Completed, id => id == "merge");
    }

    [Fact]
    public void Timers_wait_for_their_due_time_and_a_start_time_in_the_past_passes_at_once()
    {
        var startAtFuture = """{"id":"later","type":"Elsa.StartAt","dateTime":{"typeName":"DateTimeOffset","expression":{"type":"Literal","value":"2026-03-05T09:00:00Z"}}}""";
        var startAtPast = """{"id":"past","type":"Elsa.StartAt","dateTime":{"typeName":"DateTimeOffset","expression":{"type":"Literal","value":"2020-01-01T00:00:00Z"}}}""";
        var cron = """{"id":"weekly","type":"Elsa.Cron","cronExpression":{"typeName":"String","expression":{"type":"Literal","value":"0 0 9 * * MON"}}}""";
        var host = new InMemoryWorkflowHost(Definition($"{Start()},{startAtPast},{startAtFuture},{cron}", "start>past, past>later, later>weekly")).Start();

        Assert.Contains("past", host.Completed);
        Assert.Equal(new DateTime(2026, 3, 5, 9, 0, 0, DateTimeKind.Utc), Assert.Single(host.Bookmarks).DueAt);

        host.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));

        var weekly = Assert.Single(host.Bookmarks);
        Assert.Equal(("Elsa.Cron", new DateTime(2026, 3, 9, 9, 0, 0, DateTimeKind.Utc)), (weekly.Name, weekly.DueAt));
    }
}
