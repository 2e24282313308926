using Jint.Parser;

namespace ReturnWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// Prepares designer scripts for Jint 2 and reports syntax errors in the designer's terms. Elsa compiles scripts
/// with top-level <c>return</c> allowed; ES5.1 forbids it, so such scripts run as the body of a function.
/// </summary>
public static class JavaScriptSyntax
{
    /// <summary>The ES5.1 text to run, or the syntax error a person can act on.</summary>
    public static PreparedScript Prepare(string script)
    {
        string rewritten;
        try { rewritten = ScriptRewriter.Rewrite(script); }
        catch (FormatException e) { return new PreparedScript(null, e.Message); }
        var error = TryParse(rewritten);
        if (error is null)
            return new PreparedScript(rewritten, null);
        if (error.Description.Contains("Illegal return", StringComparison.OrdinalIgnoreCase))
        {
            var wrapped = "(function () {\n" + rewritten + "\n})()";
            var wrappedError = TryParse(wrapped);
            if (wrappedError is null)
                return new PreparedScript(wrapped, null);
            // One line was added in front of the script.
            return new PreparedScript(null, Describe(wrappedError, lineOffset: -1));
        }
        return new PreparedScript(null, Describe(error, lineOffset: 0));
    }

    private static ParserException? TryParse(string script)
    {
        try
        {
            new JavaScriptParser().Parse(script);
            return null;
        }
        catch (ParserException e)
        {
            return e;
        }
    }

    private static string Describe(ParserException e, int lineOffset)
    {
        var description = e.Description ?? e.Message;
        var line = e.LineNumber + lineOffset;
        return line > 0 ? $"line {line}: {description}" : description;
    }
}

/// <param name="Script">The ES5.1 text Jint runs; null when the script does not parse.</param>
/// <param name="Error">What is wrong, with the line; null when it parses.</param>
public sealed record PreparedScript(string? Script, string? Error);
