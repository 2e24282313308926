using System.Diagnostics;
using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Expressions.JavaScript;
using Xunit.Abstractions;

namespace ReturnWorkflows.Engine.Tests.Expressions;

public class JavaScriptEvaluatorTests(ITestOutputHelper output)
{
    private readonly JavaScriptEvaluator _evaluator = new(new JavaScriptOptions { Timeout = TimeSpan.FromSeconds(2), MaxStatements = 50_000 });

    [Fact]
    public void Variables_inputs_and_identity_are_reachable_through_Elsas_globals()
    {
        var scope = new TestScriptScope { Variables = { ["Attempts"] = 2, ["Countries"] = JsonNode.Parse("""["PK","AF"]""") }, Inputs = { ["CaseNumber"] = "BA-2026-17" } };

        var result = _evaluator.Evaluate("return `${getWorkflowInstanceId()}/${getCaseNumber()}: ${getAttempts() + 1} tries, ${getVariable('Countries').length} countries`;", scope);

        Assert.Equal("inst-1/BA-2026-17: 3 tries, 2 countries", result);
    }

    [Fact]
    public void Scripts_change_variables_and_the_correlation_id()
    {
        var scope = new TestScriptScope { Variables = { ["Attempts"] = 2 } };

        _evaluator.Evaluate("setAttempts(getAttempts() + 1); setVariable('Created', {ok: true}); setCorrelationId('case-42');", scope);

        Assert.Equal(3d, scope.Variables["Attempts"]);
        Assert.Equal("""{"ok":true}""", ((JsonNode)scope.Variables["Created"]!).ToJsonString());
        Assert.Equal("case-42", scope.CorrelationId);
    }

    [Fact]
    public void Objects_and_arrays_come_back_as_json()
    {
        var result = _evaluator.Evaluate("({ months: [1, 3, 6, 12], sampled: false })", new TestScriptScope());

        Assert.Equal("""{"months":[1,3,6,12],"sampled":false}""", Assert.IsAssignableFrom<JsonNode>(result).ToJsonString());
    }

    [Theory]
    [InlineData("while (true) {}")]
    [InlineData("for (;;) { var x = 1; }")]
    [InlineData("function f() { return f(); } f();")]
    public void Runaway_scripts_are_stopped_by_the_limits(string script)
    {
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<ScriptException>(() => _evaluator.Evaluate(script, new TestScriptScope()));

        output.WriteLine($"{script}: stopped after {clock.ElapsedMilliseconds} ms: {error.Message}");
        Assert.Matches("stopped after|recursed deeper", error.Message);
    }

    [Fact]
    public void The_time_limit_stops_a_script_the_statement_limit_would_let_run()
    {
        var evaluator = new JavaScriptEvaluator(new JavaScriptOptions { Timeout = TimeSpan.FromMilliseconds(200), MaxStatements = int.MaxValue });
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<ScriptException>(() => evaluator.Evaluate("while (true) {}", new TestScriptScope()));

        output.WriteLine($"stopped by the time limit after {clock.ElapsedMilliseconds} ms");
        Assert.Contains("stopped after 0.2 s", error.Message);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("throw new Error('nope')")]
    public void Scripts_have_no_way_out_of_the_sandbox(string script)
    {
        var error = Assert.Throws<ScriptException>(() => _evaluator.Evaluate(script, new TestScriptScope()));

        Assert.StartsWith("The script threw", error.Message);
    }

    [Fact]
    public void Evaluations_share_nothing_not_even_a_regular_expression_literal()
    {
        const string script = "var r = /a/g; r.flag = (r.flag || 0) + 1; r.test('a') + ':' + r.flag";

        var results = Enumerable.Range(0, 3).Select(_ => _evaluator.Evaluate(script, new TestScriptScope())).ToList();

        Assert.All(results, r => Assert.Equal("true:1", r));
    }

    [Fact]
    public void Failing_helpers_become_script_errors_that_do_not_quote_the_value()
    {
        var error = Assert.Throws<ScriptException>(() => _evaluator.Evaluate("parseGuid('Amir Khan, born 1990')", new TestScriptScope()));

        Assert.DoesNotContain("Amir", error.Message);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public void A_script_that_does_not_parse_is_refused_with_the_reason()
    {
        var error = Assert.Throws<ScriptException>(() => _evaluator.Evaluate("return 1 +;", new TestScriptScope()));

        Assert.Contains("does not parse", error.Message);
    }

    [Fact]
    public void Loop_helpers_exist_only_inside_loops()
    {
        var inLoop = new TestScriptScope { CurrentLoopItem = ("Tirana", 3) };

        Assert.Equal("3:Tirana", _evaluator.Evaluate("getCurrentIndex() + ':' + getCurrentValue()", inLoop));
        Assert.Throws<ScriptException>(() => _evaluator.Evaluate("getCurrentValue()", new TestScriptScope()));
    }
}
