using ReturnWorkflows.Engine.Expressions.JavaScript;

namespace ReturnWorkflows.Engine.Tests.Expressions;

/// <summary>The parsed program is shared between evaluations; nothing a script sets is.</summary>
public class ScriptIsolationTests
{
    private readonly JavaScriptEvaluator _evaluator = new(new JavaScriptOptions());

    [Fact]
    public void A_variable_one_evaluation_sets_is_undefined_in_the_next()
    {
        Assert.Equal(42d, _evaluator.Evaluate("var x = 42; x", new TestScriptScope()));

        Assert.Equal("undefined", _evaluator.Evaluate("typeof x", new TestScriptScope()));
    }

    [Fact]
    public void The_same_script_starts_afresh_each_time()
    {
        // Run twice from the cache: a leaked global or a patched built-in would change the second result.
        const string script = "var seen = typeof counter === 'undefined' ? 'fresh' : 'leaked'; globalThis.counter = 1; Array.prototype.extra = 1; seen + ':' + typeof [].extra";

        Assert.Equal("fresh:number", _evaluator.Evaluate(script, new TestScriptScope()));
        Assert.Equal("fresh:number", _evaluator.Evaluate(script, new TestScriptScope()));
        Assert.Equal("undefined", _evaluator.Evaluate("typeof [].extra", new TestScriptScope()));
    }

    [Fact]
    public void Concurrent_evaluations_of_one_script_each_see_their_own_case()
    {
        var results = new double[200];

        Parallel.For(0, results.Length, i =>
        {
            var scope = new TestScriptScope { Variables = { ["Age"] = i } };
            results[i] = (double)_evaluator.Evaluate("let doubled = getAge() * 2; doubled", scope)!;
        });

        Assert.Equal(Enumerable.Range(0, results.Length).Select(i => i * 2d), results);
    }
}
