using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Expressions.JavaScript;

namespace ReturnWorkflows.Engine.Tests.Expressions;

/// <summary>Scripts copied from Elsa 3, which runs them on Jint 4: ES2015 and later syntax behaves as there.</summary>
public class ModernJavaScriptTests
{
    private readonly JavaScriptEvaluator _evaluator = new(new JavaScriptOptions());

    [Theory]
    [InlineData("const f = x => x?.a ?? `none ${1+1}`; f(null)", "none 2")]
    [InlineData("const f = x => x?.a ?? `none ${1+1}`; f({ a: 'here' })", "here")]
    [InlineData("const visit = { office: { city: 'Tirana' } }; visit.office?.city + '/' + visit.caseworker?.name", "Tirana/undefined")]
    [InlineData("0 ?? 'default'", 0d)]
    [InlineData("let total = 0; for (const n of [1, 2, 3]) { total += n; } total", 6d)]
    [InlineData("const { name, visits: [first, ...rest] } = { name: 'Amir', visits: [3, 6, 12] }; `${name}: ${first} then ${rest.length} more`", "Amir: 3 then 2 more")]
    [InlineData("const [a, b = 5] = [1]; a + b", 6d)]
    [InlineData("`line 1\nline ${`nested ${'two'}`}`", "line 1\nline nested two")]
    [InlineData("((months, factor = 2) => months * factor)(3)", 6d)]
    [InlineData("Math.max(...[1, 5, 3])", 5d)]
    [InlineData("class Case { constructor(n) { this.n = n; } get label() { return 'BA-' + this.n; } } new Case(7).label", "BA-7")]
    [InlineData("let attempts; attempts ??= 1; attempts ||= 9; attempts", 1d)]
    [InlineData("[3, 1, 4, 1].findLast(n => n < 4) + [1, 2, 3].at(-1)", 4d)]
    [InlineData("Object.entries({ PK: 2, AF: 1 }).map(([country, n]) => `${country}=${n}`).join(',')", "PK=2,AF=1")]
    [InlineData("'a-b-c'.replaceAll('-', '+')", "a+b+c")]
    public void ES2015_and_later_syntax_evaluates_as_in_Elsa(string script, object expected)
    {
        Assert.Equal(expected, _evaluator.Evaluate(script, new TestScriptScope()));
    }

    [Fact]
    public void A_top_level_return_gives_the_result_and_ends_the_script()
    {
        const string script = "const visits = getVariable('Visits');\nif (visits.length > 2) return 'many';\nsetVariable('Reached', true);\nreturn 'few';";
        var scope = new TestScriptScope { Variables = { ["Visits"] = JsonNode.Parse("[1, 3, 6]") } };

        Assert.Equal("many", _evaluator.Evaluate(script, scope));
        Assert.False(scope.Variables.ContainsKey("Reached"));
    }

    [Fact]
    public void Elsas_globals_combine_with_the_new_syntax()
    {
        var scope = new TestScriptScope { Variables = { ["Countries"] = JsonNode.Parse("""["PK","AF"]"""), ["Age"] = 16 } };

        var result = _evaluator.Evaluate("const { length } = getCountries() ?? []; getAge() < 18 && getVariable('Countries')?.includes('PK') ? `minor, ${length} countries` : 'adult'", scope);

        Assert.Equal("minor, 2 countries", result);
    }

    [Fact]
    public void Let_and_const_keep_block_scope()
    {
        var result = _evaluator.Evaluate("const n = 1; { const n = 2; } let fns = []; for (let i = 0; i < 3; i++) fns.push(() => i); n + ':' + fns.map(f => f()).join('')", new TestScriptScope());

        Assert.Equal("1:012", result);
    }

    [Fact]
    public void A_promise_the_script_returns_is_awaited_as_Elsa_does()
    {
        const string script = "const twice = async n => n * 2;\nreturn (async () => (await twice(getAttempts())) + 1)();";

        Assert.Equal(5d, _evaluator.Evaluate(script, new TestScriptScope { Variables = { ["Attempts"] = 2 } }));
    }

    [Fact]
    public void A_rejected_promise_is_a_script_error()
    {
        var error = Assert.Throws<ScriptException>(() => _evaluator.Evaluate("(async () => { throw new Error('no visit'); })()", new TestScriptScope()));

        Assert.StartsWith("The script threw", error.Message);
        Assert.Contains("no visit", error.Message);
    }

    [Fact]
    public void A_promise_that_never_settles_is_stopped_by_the_time_limit()
    {
        var evaluator = new JavaScriptEvaluator(new JavaScriptOptions { Timeout = TimeSpan.FromMilliseconds(300) });

        var error = Assert.Throws<ScriptException>(() => evaluator.Evaluate("new Promise(() => {})", new TestScriptScope()));

        Assert.Equal("The script was stopped after 0.3 s.", error.Message);
    }

    [Fact]
    public void Assigning_a_constant_is_a_script_error()
    {
        var error = Assert.Throws<ScriptException>(() => _evaluator.Evaluate("const n = 1; n = 2;", new TestScriptScope()));

        Assert.StartsWith("The script threw", error.Message);
    }
}
