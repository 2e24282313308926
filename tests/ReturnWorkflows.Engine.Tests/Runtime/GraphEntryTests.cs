using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.State;
using static ReturnWorkflows.Engine.Tests.Runtime.Flowcharts;

namespace ReturnWorkflows.Engine.Tests.Runtime;

/// <summary>Which connections count as forward inbound depends on where the run entered the flowchart (§2.5).</summary>
public class GraphEntryTests
{
    [Theory]
    [InlineData(JoinAlgorithm.CounterBased)]
    [InlineData(JoinAlgorithm.TokenBased)]
    public void A_connection_from_an_activity_the_start_never_reaches_does_not_hold_up_its_target(JoinAlgorithm algorithm)
    {
        const string merge = """{"id":"shared","type":"Elsa.WriteLine","customProperties":{"mergeMode":"Merge"},"text":{"typeName":"String","expression":{"type":"Literal","value":"x"}}}""";
        var host = new InMemoryWorkflowHost(Definition($"{Start()},{Write("a")},{Write("stray")},{merge}", "start>a, a>shared, stray>shared"), algorithm).Start();

        Assert.Contains("shared", host.Completed);
        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
    }

    [Theory]
    [InlineData(JoinAlgorithm.CounterBased)]
    [InlineData(JoinAlgorithm.TokenBased)]
    public void A_run_started_by_a_trigger_reads_the_graph_from_that_trigger(JoinAlgorithm algorithm)
    {
        const string trigger = """{"id":"arrived","type":"Elsa.Event","customProperties":{"canStartWorkflow":true},"eventName":{"typeName":"String","expression":{"type":"Literal","value":"ArrivalConfirmed"}}}""";
        var host = new InMemoryWorkflowHost(Definition($"{Start()},{Write("manual")},{trigger},{Write("followUp")},{Event("wait", "Visit")},{Write("done")}",
            "start>manual, manual>followUp, arrived>followUp, followUp>wait, wait>done"), algorithm).Start(trigger: "arrived");

        Assert.Empty(host.Incidents);
        Assert.Equal(["arrived", "followUp"], host.Completed);
        host.RaiseEvent("Visit");
        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
        Assert.Empty(host.Incidents);
    }
}
