using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReturnWorkflows.Engine.Serialization;

/// <summary>Moves values between the state document (JSON) and plain .NET values.</summary>
public static class JsonValues
{
    /// <summary>Strings, numbers (double), booleans and null become .NET values; objects and arrays stay JSON.</summary>
    public static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        // Parsed from the text: a JsonValue built from an int refuses GetValue<double>().
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => double.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.Null => null,
        _ => node.DeepClone(),
    };

    public static JsonNode? FromPlain(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, EngineJson.Options),
    };
}
