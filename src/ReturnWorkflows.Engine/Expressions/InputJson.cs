using System.Text.Json;
using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Engine.Expressions;

/// <summary>
/// Reads an activity input as Elsa writes it: <c>{"typeName":"String","expression":{"type":"Literal","value":"..."}}</c>,
/// or a bare JSON primitive (a Literal).
/// </summary>
public static class InputJson
{
    public const string Literal = "Literal";
    public const string Object = "Object";
    public const string JavaScript = "JavaScript";

    /// <summary>The expression type and its raw value; null when the input is absent or holds no expression.</summary>
    public static (string Type, JsonNode? Value)? ReadExpression(JsonNode? input)
    {
        switch (input)
        {
            case null:
                return null;
            case JsonValue primitive:
                return (Literal, primitive);
            case JsonObject wrapped when wrapped.FindProperty("expression") is JsonObject expression:
                var type = expression.FindProperty("type") is JsonValue t && t.TryGetValue<string>(out var text) ? text : Literal;
                return (type, expression.FindProperty("value"));
            default:
                return null;
        }
    }

    /// <summary>
    /// The value when it is known without running anything (a Literal, or an Object expression's JSON text);
    /// false for scripts and variable references, whose value exists only at run time.
    /// </summary>
    public static bool TryReadStaticValue(JsonNode? input, out JsonNode? value)
    {
        value = null;
        var expression = ReadExpression(input);
        if (expression is null) return true;
        var (type, raw) = expression.Value;
        if (type.Equals(Literal, StringComparison.OrdinalIgnoreCase))
        {
            value = raw?.DeepClone();
            return true;
        }
        if (type.Equals(Object, StringComparison.OrdinalIgnoreCase) || type.Equals("Json", StringComparison.OrdinalIgnoreCase))
        {
            if (raw is JsonValue v && v.TryGetValue<string>(out var json))
            {
                try { value = string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json); }
                catch (JsonException) { return false; }
                return true;
            }
            value = raw?.DeepClone();
            return true;
        }
        return false;
    }

    /// <summary>A static value as a list of strings: a JSON array, or JSON array text in a string.</summary>
    public static IReadOnlyList<string>? AsStringList(JsonNode? value)
    {
        if (value is JsonValue v && v.TryGetValue<string>(out var text))
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            try { value = JsonNode.Parse(text); }
            catch (JsonException) { return [text]; }
        }
        return value is JsonArray array
            ? array.Select(item => item is JsonValue s && s.TryGetValue<string>(out var name) ? name : item?.ToJsonString() ?? "").ToList()
            : null;
    }
}
