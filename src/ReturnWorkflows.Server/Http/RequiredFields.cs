using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace ReturnWorkflows.Server.Http;

/// <summary>
/// Lists the fields a body leaves out (or sends as null) although its record requires them: a constructor parameter
/// that is neither nullable nor optional. Without this a missing <c>"decision"</c> would quietly become the enum's
/// first value (a consent <c>Given</c>), and a missing text would reach the validators as null. Paths name the field
/// as the client wrote the body (<c>members[1].dataProcessingConsent.decision</c>).
/// </summary>
internal static class RequiredFields
{
    public static Dictionary<string, string[]> MissingIn(JsonElement body, JsonTypeInfo typeInfo, Microsoft.Extensions.Localization.IStringLocalizer text)
    {
        var missing = new Dictionary<string, string[]>();
        Walk(body, typeInfo, "", missing, text);
        return missing;
    }

    private static void Walk(JsonElement element, JsonTypeInfo typeInfo, string path, Dictionary<string, string[]> missing, Microsoft.Extensions.Localization.IStringLocalizer text)
    {
        if (typeof(JsonNode).IsAssignableFrom(typeInfo.Type)) return;
        if (typeInfo.Kind == JsonTypeInfoKind.Enumerable && element.ValueKind == JsonValueKind.Array && typeInfo.ElementType is { } itemType)
        {
            var items = typeInfo.Options.GetTypeInfo(itemType);
            var index = 0;
            foreach (var item in element.EnumerateArray())
                Walk(item, items, $"{path}[{index++}]", missing, text);
            return;
        }
        if (typeInfo.Kind != JsonTypeInfoKind.Object || element.ValueKind != JsonValueKind.Object) return;

        var given = element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var property in typeInfo.Properties)
        {
            var here = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            var present = given.TryGetValue(property.Name, out var value) && value.ValueKind != JsonValueKind.Null;
            if (!present && property.AssociatedParameter is { HasDefaultValue: false, IsNullable: false })
                missing[here] = [text["'{0}' is required.", here]];
            else if (present)
                Walk(value, typeInfo.Options.GetTypeInfo(property.PropertyType), here, missing, text);
        }
    }
}
