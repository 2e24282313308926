using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReturnWorkflows.Server.Tasks;

/// <summary>
/// A prefilled form's answers as the task page's inputs are named: <c>language</c>, a row's <c>persons[0].number</c>;
/// each value as the input shows it (ticked boxes "true", dates "yyyy-MM-dd").
/// </summary>
internal static class PrefilledAnswers
{
    public static IReadOnlyDictionary<string, string> Flatten(JsonObject values)
    {
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(flat, "", values);
        return flat;
    }

    private static void Add(Dictionary<string, string> flat, string name, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject record:
                foreach (var (key, value) in record)
                    Add(flat, name.Length == 0 ? key : $"{name}.{key}", value);
                break;
            case JsonArray rows:
                for (var i = 0; i < rows.Count; i++)
                    Add(flat, $"{name}[{i}]", rows[i]);
                break;
            case JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                flat[name] = value.GetValue<bool>() ? "true" : "false";
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                flat[name] = value.GetValue<decimal>().ToString(CultureInfo.InvariantCulture);
                break;
            case JsonValue value:
                flat[name] = value.ToString();
                break;
        }
    }
}
