using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Execution;
using static ReturnWorkflows.Engine.Tests.Runtime.Flowcharts;

namespace ReturnWorkflows.Engine.Tests.Runtime;

public class IncidentStrategyTests
{
    [Theory]
    [InlineData("Elsa.Workflows.IncidentStrategies.ContinueWithIncidentsStrategy, Elsa.Workflows.Core", true)]
    [InlineData("ContinueWithIncidentsStrategy", true)]
    [InlineData("Elsa.Workflows.IncidentStrategies.FaultStrategy, Elsa.Workflows.Core", false)]
    [InlineData("MyCompany.NotContinueWithIncidentsStrategyAtAll", false)]
    [InlineData(null, false)]
    public void The_strategy_is_read_from_its_type_name(string? typeName, bool continues) =>
        Assert.Equal(continues, IncidentStrategies.ContinuesAfterFault(typeName));

    [Fact]
    public void The_host_default_applies_when_the_definition_names_no_strategy()
    {
        var options = new RuntimeOptions { DefaultIncidentStrategy = IncidentStrategies.ContinueWithIncidents };
        var host = new InMemoryWorkflowHost(Definition($"{Start()},{Fork("fork", "A", "B")},{Script("bad", "null.length")},{Event("wait", "Later")}",
            "start>fork, fork>bad:A, fork>wait:B"), options: options).Start();

        Assert.Equal(WorkflowSubStatus.Suspended, host.Instance.SubStatus);
        Assert.Single(host.Incidents);
    }

    [Fact]
    public void Finish_completes_itself_and_leaves_no_activity_recorded_as_running()
    {
        var host = new InMemoryWorkflowHost(Definition(
            $$"""{{Start()}},{{Fork("fork", "A", "B")}},{{Event("waits", "Never")}},{"id":"fin","type":"Elsa.Finish"}""",
            "start>fork, fork>waits:A, fork>fin:B")).Start();

        var records = host.Executions.Values.ToDictionary(r => r.ActivityId);
        Assert.Equal("Completed", records["fin"].Status);
        Assert.Equal(("Canceled", false), (records["waits"].Status, records["waits"].HasBookmarks));
        Assert.DoesNotContain(records.Values, r => r.Status == "Running");
    }
}
