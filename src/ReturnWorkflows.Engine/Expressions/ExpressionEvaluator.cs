using System.Text.Json;
using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Expressions.Conversion;
using ReturnWorkflows.Engine.Expressions.JavaScript;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Engine.Expressions;

/// <summary>
/// Evaluates an activity input as Elsa writes it and converts the result to the input's declared type.
/// The expression types are Elsa's: Literal, Object, Variable, Input and JavaScript. Nothing else runs:
/// C#, Python and Liquid would hand designer users far more than a workflow needs.
/// </summary>
public sealed class ExpressionEvaluator(JavaScriptEvaluator javaScript)
{
    public static readonly IReadOnlyList<string> SupportedTypes = [InputJson.Literal, InputJson.Object, "Variable", "Input", InputJson.JavaScript];

    /// <summary>Whether an expression type can run here ("Json" is Elsa's old name for Object).</summary>
    public static bool IsSupported(string type) =>
        SupportedTypes.Contains(type, StringComparer.OrdinalIgnoreCase) || type.Equals("Json", StringComparison.OrdinalIgnoreCase);

    /// <returns>The converted value; null when the input is absent (the caller applies the descriptor's default).</returns>
    /// <param name="cancellationToken">The request's token: cancelling it stops a running script.</param>
    /// <exception cref="ScriptException">A script failed.</exception>
    /// <exception cref="OperationCanceledException">The request was cancelled while a script ran.</exception>
    /// <exception cref="ValueConversionException">The value cannot become <paramref name="targetType"/>.</exception>
    /// <exception cref="UnsupportedExpressionException">The expression type does not run here.</exception>
    public object? Evaluate(JsonNode? input, Type targetType, IScriptScope scope, CancellationToken cancellationToken = default)
    {
        if (InputJson.ReadExpression(input) is not var (type, value))
            return null;
        var raw = type.ToLowerInvariant() switch
        {
            "literal" => Literal(value),
            "object" or "json" => value is JsonValue text && text.TryGetValue<string>(out var json) ? json : value?.ToJsonString(),
            "variable" => scope.GetVariable(ReferenceName(value, "variable")),
            "input" => scope.GetInput(ReferenceName(value, "input")),
            "javascript" => value is JsonValue script && script.TryGetValue<string>(out var source) && !string.IsNullOrWhiteSpace(source)
                ? javaScript.Evaluate(source, scope, cancellationToken)
                : null,
            _ => throw new UnsupportedExpressionException(type),
        };
        return ValueConverter.Convert(raw, targetType);
    }

    private static object? Literal(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        _ => value.ToJsonString(), // objects and arrays keep their raw text, as Elsa's literal does
    };

    // Elsa writes references as JSON text of the variable or input definition; a bare name is accepted too.
    private static string ReferenceName(JsonNode? value, string kind)
    {
        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString();
        if (string.IsNullOrWhiteSpace(text))
            throw new UnsupportedExpressionException($"{kind} reference without a name");
        if (text.TrimStart().StartsWith('{'))
        {
            try
            {
                var reference = JsonNode.Parse(text) as JsonObject;
                if (reference?.FindProperty("name") is JsonValue name && name.TryGetValue<string>(out var found))
                    return found;
            }
            catch (JsonException) { }
            throw new UnsupportedExpressionException($"{kind} reference without a name");
        }
        return text;
    }
}

/// <summary>An expression type this server does not run (C#, Python, Liquid, or unknown).</summary>
public sealed class UnsupportedExpressionException(string type)
    : Exception($"Expressions of type '{type}' do not run here; use JavaScript, Literal, Object, Variable or Input.")
{
    public string ExpressionType { get; } = type;
}
