using System.Text.Json.Nodes;

namespace ReturnWorkflows.Engine.Serialization;

public static class JsonObjectExtensions
{
    /// <summary>A property looked up case-insensitively, as Elsa reads its JSON.</summary>
    public static JsonNode? FindProperty(this JsonObject json, string name)
    {
        foreach (var (key, value) in json)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                return value;
        return null;
    }
}
