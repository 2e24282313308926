using System.Diagnostics;
using Jint.Runtime;
using ReturnWorkflows.Engine.Expressions.JavaScript;
using Xunit.Abstractions;

namespace ReturnWorkflows.Engine.Tests.Expressions;

/// <summary>Each sandbox limit stops a script on its own: the others are set out of its way.</summary>
public class ScriptLimitTests(ITestOutputHelper output)
{
    // Generous everywhere, so that only the limit under test can trip.
    private static JavaScriptOptions Unbounded() => new()
    {
        Timeout = TimeSpan.FromSeconds(30),
        MaxStatements = int.MaxValue,
        MaxRecursionDepth = 10_000,
        MaxMemoryMegabytes = 1024,
        RegexTimeout = TimeSpan.FromSeconds(30),
    };

    [Fact]
    public void The_time_limit_stops_an_endless_loop()
    {
        var limits = Unbounded();
        limits.Timeout = TimeSpan.FromMilliseconds(200);

        var (error, elapsed) = Run(limits, "while (true) {}");

        Assert.Equal("The script was stopped after 0.2 s.", error.Message);
        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.InRange(elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void The_statement_limit_stops_a_loop_first()
    {
        var limits = Unbounded();
        limits.MaxStatements = 1_000;

        var (error, _) = Run(limits, "for (;;) { let x = 1; }");

        Assert.Equal("The script was stopped after 1000 statements (an endless loop?).", error.Message);
        Assert.IsType<StatementsCountOverflowException>(error.InnerException);
    }

    [Fact]
    public void The_recursion_limit_stops_endless_recursion()
    {
        var limits = Unbounded();
        limits.MaxRecursionDepth = 256;

        var (error, _) = Run(limits, "const deeper = n => deeper(n + 1); deeper(0)");

        Assert.Equal("The script recursed deeper than 256 calls.", error.Message);
        Assert.IsType<RecursionDepthOverflowException>(error.InnerException);
    }

    [Theory]
    [InlineData("const cases = []; while (true) { cases.push({ id: cases.length, note: 'x'.repeat(100) }); }")]
    [InlineData("let text = 'x'; while (true) { text += text; }")]
    public void The_memory_limit_stops_a_script_that_grows_without_end(string script)
    {
        var limits = Unbounded();
        limits.MaxMemoryMegabytes = 4;

        var (error, elapsed) = Run(limits, script);

        Assert.Equal("The script was stopped after allocating more than 4 MB.", error.Message);
        Assert.IsType<MemoryLimitExceededException>(error.InnerException);
        Assert.InRange(elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_typical_condition_stays_far_below_the_default_memory_limit()
    {
        var limits = Unbounded();
        limits.MaxMemoryMegabytes = 1;
        var scope = new TestScriptScope { Variables = { ["age"] = 16, ["country"] = "PK" } };

        Assert.Equal(true, new JavaScriptEvaluator(limits).Evaluate("getVariable('age') < 18 && getVariable('country') == 'PK'", scope));
    }

    [Fact]
    public void A_catastrophic_regular_expression_is_stopped_by_the_regex_time_limit()
    {
        var limits = Unbounded();
        limits.RegexTimeout = TimeSpan.FromMilliseconds(200);

        var (error, elapsed) = Run(limits, "/^(a+)+$/.test('a'.repeat(40) + '!')");

        Assert.Equal("A regular expression in the script took longer than 0.2 s.", error.Message);
        Assert.InRange(elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_script_longer_than_the_limit_is_refused_before_it_runs()
    {
        var script = "var total = 0;\n" + string.Concat(Enumerable.Repeat("total += 1;\n", 2_000));

        var (error, _) = Run(Unbounded(), script);

        Assert.Equal($"The script is longer than {JavaScriptSyntax.MaxScriptLength} characters.", error.Message);
    }

    [Fact]
    public void Cancelling_the_request_stops_a_running_script_quickly()
    {
        var evaluator = new JavaScriptEvaluator(Unbounded());
        using var request = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<OperationCanceledException>(() => evaluator.Evaluate("while (true) {}", new TestScriptScope(), request.Token));

        output.WriteLine($"cancelled after {clock.ElapsedMilliseconds} ms");
        Assert.Equal(request.Token, error.CancellationToken);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(90), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_request_cancelled_already_runs_no_script()
    {
        var scope = new TestScriptScope();

        Assert.Throws<OperationCanceledException>(() => new JavaScriptEvaluator(Unbounded()).Evaluate("setVariable('Ran', true)", scope, new CancellationToken(canceled: true)));
        Assert.Empty(scope.Variables);
    }

    private (ScriptException Error, TimeSpan Elapsed) Run(JavaScriptOptions limits, string script)
    {
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<ScriptException>(() => new JavaScriptEvaluator(limits).Evaluate(script, new TestScriptScope()));
        output.WriteLine($"stopped after {clock.ElapsedMilliseconds} ms: {error.Message}");
        return (error, clock.Elapsed);
    }
}
