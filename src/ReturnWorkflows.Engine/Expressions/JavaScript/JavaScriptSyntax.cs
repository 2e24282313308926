using Acornima;
using Acornima.Ast;
using Jint;

namespace ReturnWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// Parses designer scripts the one way both the evaluator and publishing use, and reports what is wrong in the
/// designer's terms. As in Elsa, a script may <c>return</c> its result at the top level.
/// </summary>
public static class JavaScriptSyntax
{
    /// <summary>Designer scripts are expressions and short functions; anything longer is refused before it is parsed.</summary>
    public const int MaxScriptLength = 20_000;

    private static readonly ScriptPreparationOptions Preparation = new()
    {
        ParsingOptions = new ScriptParsingOptions { AllowReturnOutsideFunction = true },
    };

    /// <summary>The parsed program, reusable by any number of engines, or what is wrong with the script.</summary>
    public static PreparedScript Prepare(string script)
    {
        if (script.Length > MaxScriptLength)
            return new PreparedScript(script, null, $"is longer than {MaxScriptLength} characters");
        try
        {
            return new PreparedScript(script, Jint.Engine.PrepareScript(script, options: Preparation), null);
        }
        catch (ScriptPreparationException e) when (e.InnerException is ParseErrorException syntax)
        {
            return new PreparedScript(script, null, $"does not parse ({Describe(syntax)})");
        }
    }

    private static string Describe(ParseErrorException e)
    {
        var description = e.Error?.Description ?? e.Message;
        return e.LineNumber > 0 ? $"line {e.LineNumber}: {description}" : description;
    }
}

/// <param name="Source">The script as the designer wrote it.</param>
/// <param name="Program">The parsed program; null when the script cannot run.</param>
/// <param name="Error">What is wrong, phrased to follow "the script" (e.g. "does not parse (line 2: Unexpected token)").</param>
public sealed record PreparedScript(string Source, Prepared<Script>? Program, string? Error);
