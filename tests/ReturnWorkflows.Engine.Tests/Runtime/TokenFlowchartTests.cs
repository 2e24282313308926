using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.State;
using static ReturnWorkflows.Engine.Tests.Runtime.Flowcharts;

namespace ReturnWorkflows.Engine.Tests.Runtime;

/// <summary>The token-based rules of elsa-semantics.md §2.6, and where they differ from the counter-based ones.</summary>
public class TokenFlowchartTests
{
    private static InMemoryWorkflowHost Host(string activities, string edges, JoinAlgorithm algorithm = JoinAlgorithm.TokenBased) =>
        new(Definition(activities, edges), algorithm);

    private static string Merging(string id, string mergeMode) =>
        $$$$"""{"id":"{{{{id}}}}","type":"Elsa.WriteLine","customProperties":{"mergeMode":"{{{{mergeMode}}}}"},"text":{"typeName":"String","expression":{"type":"Literal","value":"merged"}}}""";

    [Fact]
    public void A_sequence_runs_and_finishes()
    {
        var host = Host($"{Start()},{Write("a")},{End()}", "start>a, a>end").Start();

        Assert.Equal(["start", "a", "end", "flow"], host.Completed);
        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
    }

    [Fact]
    public void A_join_in_WaitAll_mode_merges_both_branches()
    {
        var host = Host(
            $"{Start()},{Fork("fork", "A", "B")},{Event("a", "A")},{Event("b", "B")},{Join("join", "WaitAll")},{Write("after")}",
            "start>fork, fork>a:A, fork>b:B, a>join, b>join, join>after").Start();

        host.RaiseEvent("A");
        Assert.DoesNotContain("join", host.Completed);
        host.RaiseEvent("B");

        Assert.Equal(["join", "after", "flow"], host.Completed.TakeLast(3));
        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
    }

    [Fact]
    public void A_join_in_WaitAny_mode_races_and_cancels_the_loser()
    {
        var host = Host(
            $"{Start()},{Fork("fork", "A", "B")},{Event("a", "A")},{Event("b", "B")},{Join("join", "WaitAny")},{Write("after")}",
            "start>fork, fork>a:A, fork>b:B, a>join, b>join, join>after").Start();

        host.RaiseEvent("B");

        Assert.Contains("a", host.Events("Canceled"));
        Assert.Empty(host.Bookmarks);
        Assert.Equal(1, host.Completed.Count(id => id == "join"));
        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
    }

    [Fact]
    public void Cascade_lets_the_first_arrival_run_and_absorbs_the_later_one()
    {
        var host = Host(
            $"{Start()},{Fork("fork", "A", "B")},{Write("a")},{Event("b", "B")},{Merging("merge", "Cascade")}",
            "start>fork, fork>a:A, fork>b:B, a>merge, b>merge").Start();
        Assert.Equal(1, host.Completed.Count(id => id == "merge"));

        host.RaiseEvent("B");

        Assert.Equal(1, host.Completed.Count(id => id == "merge"));
        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
    }

    [Fact]
    public void Without_a_merge_mode_each_arrival_runs_the_target_again()
    {
        var host = Host(
            $"{Start()},{Fork("fork", "A", "B")},{Event("a", "A")},{Event("b", "B")},{Write("next")}",
            "start>fork, fork>a:A, fork>b:B, a>next, b>next").Start();

        host.RaiseEvent("A").RaiseEvent("B");

        Assert.Equal(2, host.Completed.Count(id => id == "next"));
        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
    }

    [Fact]
    public void Merge_behind_a_branch_that_never_comes_blocks_where_counters_would_skip()
    {
        const string activities = "DECISION,GUARDIAN,ADULT,MERGE";
        var body = activities.Replace("DECISION", Decision("minor", "false")).Replace("GUARDIAN", Write("guardian"))
            .Replace("ADULT", Write("adult")).Replace("MERGE", Merging("merge", "Merge"));
        const string edges = "start>minor, minor>guardian:True, minor>adult:False, guardian>merge, adult>merge";

        var tokens = Host($"{Start()},{body}", edges).Start();
        var counters = Host($"{Start()},{body}", edges, JoinAlgorithm.CounterBased).Start();

        Assert.DoesNotContain("merge", tokens.Completed);
        Assert.Equal(WorkflowSubStatus.Suspended, tokens.Instance.SubStatus);
        Assert.Contains("merge", counters.Completed);
        Assert.Equal(WorkflowSubStatus.Finished, counters.Instance.SubStatus);
    }

    [Fact]
    public void A_loop_through_a_back_edge_runs_until_its_decision_leaves_it()
    {
        const string variables = """[{"id":"v1","name":"Attempts","typeName":"Int32","value":"0"}]""";
        var count = """{"id":"count","type":"Elsa.SetVariable","variable":{"id":"v1","name":"Attempts","typeName":"Int32"},"value":{"typeName":"Object","expression":{"type":"JavaScript","value":"getAttempts() + 1"}}}""";
        var host = new InMemoryWorkflowHost(Definition(
            $"{Start()},{count},{Delay("wait", "7.00:00:00")},{Decision("enough", "getAttempts() >= 3")},{End()}",
            "start>count, count>wait, wait>enough, enough>end:True, enough>count:False", variables), JoinAlgorithm.TokenBased).Start();

        host.Advance(TimeSpan.FromDays(7)).Advance(TimeSpan.FromDays(7)).Advance(TimeSpan.FromDays(7));

        Assert.Equal(3, host.Completed.Count(id => id == "count"));
        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
    }
}
