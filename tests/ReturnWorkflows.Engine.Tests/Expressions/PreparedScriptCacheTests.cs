using ReturnWorkflows.Engine.Expressions.JavaScript;

namespace ReturnWorkflows.Engine.Tests.Expressions;

public class PreparedScriptCacheTests
{
    [Fact]
    public void A_script_is_parsed_once_and_then_served_from_the_cache()
    {
        var cache = new PreparedScriptCache(maxCharacters: 1_000);
        var parses = 0;
        PreparedScript Prepare(string script) { parses++; return JavaScriptSyntax.Prepare(script); }

        var first = cache.GetOrAdd("1 + 1", Prepare);
        var second = cache.GetOrAdd("1 + 1", Prepare);

        Assert.Same(first, second);
        Assert.Equal(1, parses);
    }

    [Fact]
    public void The_least_recently_used_script_goes_when_the_characters_run_out()
    {
        var cache = new PreparedScriptCache(maxCharacters: 10);
        var parsed = new List<string>();
        PreparedScript Prepare(string script) { parsed.Add(script); return JavaScriptSyntax.Prepare(script); }

        cache.GetOrAdd("'aaaa'", Prepare); // 6 characters
        cache.GetOrAdd("'bb'", Prepare);   // 4: full
        cache.GetOrAdd("'aaaa'", Prepare); // used again, so 'bb' is now the oldest
        cache.GetOrAdd("'c'", Prepare);    // 3: over the budget, 'bb' goes
        cache.GetOrAdd("'aaaa'", Prepare);
        cache.GetOrAdd("'bb'", Prepare);   // parsed again

        Assert.Equal(["'aaaa'", "'bb'", "'c'", "'bb'"], parsed);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void A_script_over_the_whole_budget_is_still_served()
    {
        var cache = new PreparedScriptCache(maxCharacters: 4);

        var prepared = cache.GetOrAdd("'longer than four'", JavaScriptSyntax.Prepare);

        Assert.NotNull(prepared.Program);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Scripts_that_do_not_parse_are_cached_with_their_error()
    {
        var cache = new PreparedScriptCache(maxCharacters: 1_000);

        var prepared = cache.GetOrAdd("return 1 +;", JavaScriptSyntax.Prepare);

        Assert.Null(prepared.Program);
        Assert.Equal("does not parse (line 1: Unexpected token ';')", prepared.Error);
        Assert.Same(prepared, cache.GetOrAdd("return 1 +;", _ => throw new InvalidOperationException("parsed twice")));
    }
}
