using System.Text.Json.Nodes;

namespace ReturnWorkflows.Engine.Tests.Support;

/// <summary>
/// Compares workflow JSON by meaning: null and absent are the same, so are an empty list or object and none,
/// the flat and nested connection shapes, and node ids (recomputed from the tree). Everything else must match.
/// </summary>
public static class SemanticJson
{
    public static JsonNode? Normalize(JsonNode? node, string? propertyName = null)
    {
        switch (node)
        {
            case JsonObject obj:
            {
                if (propertyName == "connections-item")
                    obj = NestConnection(obj);
                var result = new JsonObject();
                foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (name is "nodeId" or "links") continue;
                    var normalized = Normalize(value, name);
                    // Elsa reads an absent boolean as false and an absent list or object as empty.
                    if (normalized is null or JsonArray { Count: 0 } or JsonObject { Count: 0 }) continue;
                    if (normalized is JsonValue flag && flag.TryGetValue<bool>(out var b) && !b) continue;
                    // Elsa's defaults: a definition without a version is version 0, an activity without one is version 1.
                    if (name == "version" && normalized is JsonValue v && v.TryGetValue<int>(out var version)
                        && version == (obj.ContainsKey("type") ? 1 : 0)) continue;
                    // The same instant written with more or fewer fractional digits.
                    if (normalized is JsonValue text && text.TryGetValue<string>(out var s) && s.Length >= 20 && char.IsDigit(s[0])
                        && DateTimeOffset.TryParseExact(s, ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"], null, System.Globalization.DateTimeStyles.AssumeUniversal, out var instant))
                        normalized = instant.ToUniversalTime().ToString("O");
                    result[name] = normalized;
                }
                return result;
            }
            case JsonArray array:
            {
                var itemName = propertyName == "connections" ? "connections-item" : null;
                return new JsonArray(array.Select(item => Normalize(item, itemName)).ToArray());
            }
            case null:
                return null;
            default:
                return node.DeepClone();
        }
    }

    public static void AssertEquivalent(string expected, string actual)
    {
        var left = Normalize(JsonNode.Parse(expected));
        var right = Normalize(JsonNode.Parse(actual));
        if (!JsonNode.DeepEquals(left, right))
            Assert.Equal(left!.ToJsonString(new() { WriteIndented = true }), right!.ToJsonString(new() { WriteIndented = true }));
    }

    private static JsonObject NestConnection(JsonObject connection)
    {
        if (connection["source"] is not JsonValue) return connection;
        var nested = new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = connection["source"]?.DeepClone(), ["port"] = connection["sourcePort"]?.DeepClone() },
            ["target"] = new JsonObject { ["activity"] = connection["target"]?.DeepClone(), ["port"] = connection["targetPort"]?.DeepClone() },
        };
        foreach (var (name, value) in connection)
            if (name is not ("source" or "target" or "sourcePort" or "targetPort"))
                nested[name] = value?.DeepClone();
        return nested;
    }
}
