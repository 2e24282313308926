using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Runtime.Execution;
using static ReturnWorkflows.Engine.Tests.Runtime.Flowcharts;

namespace ReturnWorkflows.Engine.Tests.Runtime;

public class ExecutionRecordTests
{
    [Fact]
    public void Records_hold_evaluated_inputs_with_sensitive_ones_redacted()
    {
        var registry = new ActivityRegistry([typeof(ActivityRegistry).Assembly, typeof(RecordVulnerability).Assembly]);
        const string activity = """
            {"id":"screen","type":"Test.RecordVulnerability",
             "category":{"typeName":"String","expression":{"type":"Literal","value":"Medical"}},
             "details":{"typeName":"String","expression":{"type":"JavaScript","value":"'HIV positive, needs ' + 'medication'"}}}
            """;
        var host = new InMemoryWorkflowHost(Definition($"{Start()},{activity}", "start>screen"), registry: registry).Start();

        var record = host.Executions.Values.Single(r => r.ActivityId == "screen");
        Assert.Equal("""{"Category":"Medical","Details":"***"}""", record.ActivityState);
        Assert.DoesNotContain(host.Journal, j => (j.Payload ?? "").Contains("HIV") || (j.Message ?? "").Contains("HIV"));
        Assert.Equal(("Completed", """{"Outcomes":["Done"]}"""), (record.Status, record.Payload));
    }

    [Fact]
    public void A_waiting_activity_has_bookmarks_until_it_completes()
    {
        var host = new InMemoryWorkflowHost(Definition($"{Start()},{Event("wait", "Go")}", "start>wait")).Start();
        var waiting = host.Executions.Values.Single(r => r.ActivityId == "wait");
        Assert.Equal(("Running", true, (DateTime?)null), (waiting.Status, waiting.HasBookmarks, waiting.CompletedAt));

        host.RaiseEvent("Go");

        var done = host.Executions.Values.Single(r => r.ActivityId == "wait");
        Assert.Equal(("Completed", false), (done.Status, done.HasBookmarks));
        Assert.NotNull(done.CompletedAt);
    }

    private static readonly string ForkAndJoin = Definition(
        $"{Start()},{Fork("fork", "a", "b")},{Write("a")},{Write("b")},{Join("join", "WaitAll")},{End()}",
        "start>fork, fork>a:a, fork>b:b, a>join, b>join, join>end");

    [Fact]
    public void Each_record_has_the_time_its_activity_really_started_and_completed()
    {
        var host = new InMemoryWorkflowHost(ForkAndJoin) { TickPerReading = TimeSpan.FromMilliseconds(1) };

        host.Start();

        var records = host.Executions.Values.OrderBy(r => r.Sequence).ToList();
        Assert.Equal(["flow", "start", "fork", "a", "b", "join", "end"], records.Select(r => r.ActivityId));
        Assert.Equal(records.Count, records.Select(r => r.StartedAt).Distinct().Count()); // not one time for the whole step
        Assert.All(records, r => Assert.True(r.CompletedAt > r.StartedAt, $"{r.ActivityId} completed at {r.CompletedAt:O}, started {r.StartedAt:O}"));
        Assert.True(records.Zip(records.Skip(1)).All(p => p.First.StartedAt < p.Second.StartedAt));
        var journal = host.Journal.OrderBy(j => j.Sequence).ToList();
        Assert.True(journal.Zip(journal.Skip(1)).All(p => p.First.Timestamp < p.Second.Timestamp));
    }

    [Fact]
    public void Records_keep_the_order_they_ran_in_when_the_clock_gives_them_one_time()
    {
        var host = new InMemoryWorkflowHost(ForkAndJoin).Start(); // the clock stands still: every time is the same

        var records = host.Executions.Values.ToList();
        Assert.Single(records.Select(r => r.StartedAt).Distinct());
        Assert.Equal(["flow", "start", "fork", "a", "b", "join", "end"], records.OrderBy(r => r.Sequence).Select(r => r.ActivityId));
        // Each record's number is its "Started" journal line's, so records and journal agree on the order.
        Assert.All(records, r => Assert.Equal(r.Sequence, host.Journal.Single(j => j.ActivityInstanceId == r.Id && j.EventName == "Started").Sequence));
    }
}

[Activity("Test.RecordVulnerability", "Tests")]
public sealed class RecordVulnerability : Activity
{
    [Input]
    public string? Category { get; init; }

    [Input(IsSensitive = true)]
    public string? Details { get; init; }

    public override void Execute(ActivityExecutionContext context) => context.Complete();
}
