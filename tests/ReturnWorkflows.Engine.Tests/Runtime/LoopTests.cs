using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.State;
using static ReturnWorkflows.Engine.Tests.Runtime.Flowcharts;

namespace ReturnWorkflows.Engine.Tests.Runtime;

public class LoopTests
{
    private static string Loop(string type, string items, string bodyActivities, string bodyEdges = "") =>
        """{"id":"loop","type":"TYPE","items":{"typeName":"Object","expression":{"type":"Object","value":ITEMS}},"body":BODY}"""
            .Replace("TYPE", type)
            .Replace("ITEMS", System.Text.Json.JsonSerializer.Serialize(items))
            .Replace("BODY", System.Text.Json.Nodes.JsonNode.Parse(Definition(bodyActivities, bodyEdges))!["root"]!.ToJsonString().Replace("\"flow\"", "\"body\""));

    [Theory]
    [InlineData(JoinAlgorithm.TokenBased)]
    [InlineData(JoinAlgorithm.CounterBased)]
    public void ForEach_runs_its_body_once_per_item_in_order_waits_included(JoinAlgorithm algorithm)
    {
        var body = $"{Script("visit", "'visit after ' + getCurrentValue() + ' months (#' + getCurrentIndex() + ')'")},{Event("done", "VisitDone")}";
        var host = new InMemoryWorkflowHost(Definition($"{Start()},{Loop("Elsa.ForEach", "[1,3,6]", body, "visit>done")},{Write("after")}", "start>loop, loop>after"), algorithm).Start();

        Assert.Single(host.Bookmarks); // one item at a time
        host.RaiseEvent("VisitDone").RaiseEvent("VisitDone").RaiseEvent("VisitDone");

        Assert.Equal(["visit after 1 months (#0)", "visit after 3 months (#1)", "visit after 6 months (#2)"],
            host.Journal.Where(j => j.ActivityId == "visit" && j.EventName == "Completed").Select(j => j.Message));
        Assert.Equal(["loop", "after", "flow"], host.Completed.TakeLast(3));
        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
    }

    [Fact]
    public void ParallelForEach_starts_every_item_at_once_and_completes_when_all_have()
    {
        var body = $"{Script("visit", "'household member ' + getCurrentIndex() + ': ' + getCurrentValue()")},{Event("done", "MemberCleared")}";
        var host = new InMemoryWorkflowHost(Definition($"{Start()},{Loop("Elsa.ParallelForEach", "[\"Amir\",\"Sara\",\"Noor\"]", body, "visit>done")},{Write("after")}", "start>loop, loop>after")).Start();

        Assert.Equal(3, host.Bookmarks.Count);
        Assert.Equal(["household member 0: Amir", "household member 1: Sara", "household member 2: Noor"],
            host.Journal.Where(j => j.ActivityId == "visit" && j.EventName == "Completed").Select(j => j.Message));
        host.RaiseEvent("MemberCleared").RaiseEvent("MemberCleared");
        Assert.DoesNotContain("after", host.Completed);

        host.RaiseEvent("MemberCleared");
        Assert.Equal(["loop", "after", "flow"], host.Completed.TakeLast(3));
    }

    [Theory]
    [InlineData("Elsa.ForEach")]
    [InlineData("Elsa.ParallelForEach")]
    public void A_loop_with_no_items_completes_at_once(string type)
    {
        var host = new InMemoryWorkflowHost(Definition($"{Start()},{Loop(type, "[]", Write("never"))},{Write("after")}", "start>loop, loop>after")).Start();

        Assert.DoesNotContain("never", host.Completed);
        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
    }
}
