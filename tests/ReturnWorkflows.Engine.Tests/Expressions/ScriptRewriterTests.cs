
using ReturnWorkflows.Engine.Expressions.JavaScript;

namespace ReturnWorkflows.Engine.Tests.Expressions;

public class ScriptRewriterTests
{
    [Theory]
    [InlineData("`Hello ${name}!`", "Hello Amir!")]
    [InlineData("`a ${`b ${name}`} c`", "a b Amir c")]
    [InlineData("`line1\nline2 \"quoted\" \\` tick \\${not}`", "line1\nline2 \"quoted\" ` tick ${not}")]
    [InlineData("`${ {x: 1}.x + 1 }`", "2")]
    [InlineData("const n = 2; let m = 3; `${n * m}`", "6")]
    [InlineData("'`not a template`'", "`not a template`")]
    [InlineData("// `comment`\n'after'", "after")]
    [InlineData("'a/b'.replace(/\\//g, '`')", "a`b")]
    public void Rewritten_scripts_run_in_Jint_with_the_same_result(string script, string expected)
    {
        var prepared = JavaScriptSyntax.Prepare(script);

        Assert.Null(prepared.Error);
        var result = new Jint.Engine().SetValue("name", "Amir").Execute(prepared.Script!).GetCompletionValue().ToString();
        Assert.Equal(expected, result);
    }

    [Fact]
    public void Top_level_return_gives_the_result()
    {
        var prepared = JavaScriptSyntax.Prepare("var visits = [1, 3, 6];\nreturn visits.length * 2;");

        Assert.Equal("6", new Jint.Engine().Execute(prepared.Script!).GetCompletionValue().ToString());
    }

    [Theory]
    [InlineData("return 1 +;", "line 1")]
    [InlineData("var a = 1;\nvar = 2;", "line 2")]
    [InlineData("`unclosed ${name`", "")]
    public void Syntax_errors_are_reported_with_the_line(string script, string expectedLine)
    {
        var prepared = JavaScriptSyntax.Prepare(script);

        Assert.Null(prepared.Script);
        Assert.Contains(expectedLine, prepared.Error);
    }
}
