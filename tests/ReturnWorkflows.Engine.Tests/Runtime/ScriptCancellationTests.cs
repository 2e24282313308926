using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Expressions;
using ReturnWorkflows.Engine.Expressions.JavaScript;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Runtime.State;
using static ReturnWorkflows.Engine.Tests.Runtime.Flowcharts;

namespace ReturnWorkflows.Engine.Tests.Runtime;

public class ScriptCancellationTests
{
    [Fact]
    public void A_cancelled_request_stops_a_running_script_and_abandons_the_burst_without_an_incident()
    {
        // Limits far away, so only the request's token can stop the loop.
        var javaScript = new JavaScriptEvaluator(new JavaScriptOptions { Timeout = TimeSpan.FromSeconds(30), MaxStatements = int.MaxValue });
        var runner = new WorkflowRunner(new ExpressionEvaluator(javaScript), TimeProvider.System, NullLogger<WorkflowRunner>.Instance);
        var graph = new WorkflowGraph(WorkflowDefinitionJson.Parse(Definition($"{Start()},{Script("spin", "while (true) {}")}", "start>spin")), "v1", ActivityRegistry.BuiltIn);
        var instance = new WorkflowInstance { Id = "inst", DefinitionId = "test", DefinitionVersionId = "v1", DefinitionVersion = 1 };
        using var request = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var clock = Stopwatch.StartNew();

        Assert.Throws<OperationCanceledException>(() =>
            runner.Start(graph, instance, new InstanceState(), new StartStimulus(null, null), request.Token));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Equal(0, instance.IncidentCount);
    }
}
