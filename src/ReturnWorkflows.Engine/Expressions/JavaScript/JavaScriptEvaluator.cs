using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint.Native;
using Jint.Parser;
using Jint.Runtime;
using ReturnWorkflows.Engine.Serialization;
using JintEngine = Jint.Engine;

namespace ReturnWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// Runs designer JavaScript in Jint 2 (ES5.1 after <see cref="ScriptRewriter"/>). Each evaluation gets a fresh engine
/// with a time limit, a statement limit and a recursion limit, and no access to .NET: only Elsa's script globals.
/// The rewritten ES5 text is cached by source; the syntax tree is not, because Jint 2 keeps evaluated values
/// (regular expression objects, argument arrays) inside it, which would leak one case's objects into the next.
/// </summary>
public sealed class JavaScriptEvaluator(JavaScriptOptions options)
{
    private readonly ConcurrentDictionary<string, PreparedScript> _prepared = new(StringComparer.Ordinal);


    /// <summary>The script's result as a .NET value: null, bool, double, string, or a JsonNode for objects and arrays.</summary>
    /// <exception cref="ScriptException">The script does not parse, throws, or exceeds a limit.</exception>
    public object? Evaluate(string script, IScriptScope scope)
    {
        var prepared = _prepared.GetOrAdd(script, JavaScriptSyntax.Prepare);
        if (prepared.Script is null)
            throw new ScriptException($"The script does not parse ({prepared.Error}).", null);
        if (prepared.Script.Length > MaxScriptLength)
            throw new ScriptException($"The script is longer than {MaxScriptLength} characters.", null);
        var program = new JavaScriptParser().Parse(prepared.Script);
        var engine = new JintEngine(o => o
            .TimeoutInterval(options.Timeout)
            .MaxStatements(options.MaxStatements)
            .LimitRecursion(options.MaxRecursionDepth)
            .Culture(CultureInfo.InvariantCulture)
            .LocalTimeZone(TimeZoneInfo.Utc));
        ScriptGlobals.Install(engine, scope);
        try
        {
            return ToDotNet(engine, engine.Execute(program).GetCompletionValue());
        }
        catch (JavaScriptException e)
        {
            throw new ScriptException($"The script threw: {e.Message}", e);
        }
        catch (StatementsCountOverflowException e)
        {
            throw new ScriptException($"The script was stopped after {options.MaxStatements} statements (an endless loop?).", e);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            throw new ScriptException("A regular expression in the script took too long.", null);
        }
        catch (TimeoutException e)
        {
            throw new ScriptException($"The script was stopped after {options.Timeout.TotalSeconds:0.###} s.", e);
        }
        catch (RecursionDepthOverflowException e)
        {
            throw new ScriptException($"The script recursed deeper than {options.MaxRecursionDepth} calls.", e);
        }
        catch (OutOfMemoryException)
        {
            throw new ScriptException("The script tried to build a value too large to hold.", null);
        }
        catch (Exception e) when (e is not ScriptException and not OperationCanceledException)
        {
            // Helpers are called through reflection; their failures arrive wrapped. Only the kind of failure is kept:
            // messages of conversion errors can quote the value, which may be personal data.
            var inner = e is System.Reflection.TargetInvocationException { InnerException: { } cause } ? cause : e;
            throw new ScriptException($"The script failed: {(inner is ScriptException s ? s.Message : inner.GetType().Name)}.", null);
        }
    }

    /// <summary>Designer scripts are expressions and short functions; anything longer is refused before it runs.</summary>
    public const int MaxScriptLength = 20_000;

    internal static object? ToDotNet(JintEngine engine, JsValue value)
    {
        if (value.IsNull() || value.IsUndefined()) return null;
        if (value.IsBoolean()) return value.AsBoolean();
        if (value.IsNumber()) return value.AsNumber();
        if (value.IsString()) return value.AsString();
        // Objects and arrays leave the sandbox as JSON, never as live engine objects.
        var json = new Jint.Native.Json.JsonSerializer(engine).Serialize(value, JsValue.Undefined, JsValue.Undefined);
        try { return json.IsString() ? JsonNode.Parse(json.AsString(), documentOptions: new JsonDocumentOptions { MaxDepth = 256 }) : null; }
        catch (JsonException) { throw new ScriptException("The script's result is nested too deeply.", null); }
    }

    internal static JsValue ToJs(JintEngine engine, object? value) => value switch
    {
        null => JsValue.Null,
        bool b => new JsValue(b),
        string s => new JsValue(s),
        double or float or int or long or decimal or short or byte => new JsValue(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        JsonValue json when json.TryGetValue<string>(out var s) => new JsValue(s),
        JsonValue json when json.TryGetValue<bool>(out var b) => new JsValue(b),
        JsonValue json when json.TryGetValue<double>(out var d) => new JsValue(d),
        TimeSpan or DateTime or DateTimeOffset or Guid => new JsValue(Convert.ToString(value is DateTime dt ? dt.ToString("O") : value is DateTimeOffset dto ? dto.ToString("O") : value, CultureInfo.InvariantCulture)!),
        // Everything else crosses as JSON, so scripts get plain objects and never a .NET handle.
        _ => new Jint.Native.Json.JsonParser(engine).Parse(value is JsonNode node ? node.ToJsonString() : JsonSerializer.Serialize(value, EngineJson.Options)),
    };
}

/// <summary>A script failed: it did not parse, threw, or hit a sandbox limit. The runtime records an incident.</summary>
public sealed class ScriptException(string message, Exception? inner) : Exception(message, inner);
