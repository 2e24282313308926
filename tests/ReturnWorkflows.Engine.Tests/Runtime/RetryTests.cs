using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Runtime.State;
using static ReturnWorkflows.Engine.Tests.Runtime.Flowcharts;

namespace ReturnWorkflows.Engine.Tests.Runtime;

public class RetryTests
{
    [Fact]
    public void A_retried_activity_runs_again_and_the_instance_carries_on_keeping_its_other_waits()
    {
        var registry = new ActivityRegistry([typeof(ActivityRegistry).Assembly, typeof(CallEmbassy).Assembly]);
        var host = new InMemoryWorkflowHost(Definition(
            $$"""{{Start()}},{{Fork("fork", "A", "B")}},{"id":"call","type":"Test.CallEmbassy"},{{Write("after")}},{{Event("other", "Other")}}""",
            "start>fork, fork>call:A, fork>other:B, call>after"), JoinAlgorithm.TokenBased, registry).Start();
        Assert.Equal(WorkflowSubStatus.Faulted, host.Instance.SubStatus);
        Assert.Single(host.Bookmarks); // the other branch still waits

        CallEmbassy.Available = true;
        try { host.Retry(host.Executions.Values.Single(r => r.ActivityId == "call").Id); }
        finally { CallEmbassy.Available = false; }

        Assert.Equal((WorkflowStatus.Running, WorkflowSubStatus.Suspended), (host.Instance.Status, host.Instance.SubStatus));
        Assert.Contains("after", host.Completed);
        host.RaiseEvent("Other");
        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
    }
}

/// <summary>Fails until the test says the embassy answers: a transient failure an operator retries.</summary>
[Activity("Test.CallEmbassy", "Tests")]
public sealed class CallEmbassy : Activity
{
    public static bool Available { get; set; }

    public override void Execute(ActivityExecutionContext context)
    {
        if (!Available) throw new InvalidOperationException("The embassy did not answer.");
        context.Complete();
    }
}
