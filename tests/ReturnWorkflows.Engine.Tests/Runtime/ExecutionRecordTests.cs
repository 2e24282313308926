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
