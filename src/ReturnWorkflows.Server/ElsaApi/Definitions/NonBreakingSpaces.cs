using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ReturnWorkflows.Server.ElsaApi.Definitions;

/// <summary>
/// The Studio's Outcomes editor ends a name at a space, so the designer page types a non-breaking space there instead
/// (designer-outcomes.js). Stored, every one becomes a plain space again: an outcome "Decided to return" must match
/// what a person or a caller of the API writes.
/// </summary>
internal static partial class NonBreakingSpaces
{
    private const char NonBreakingSpace = '\u00A0';

    public static void ReplaceIn(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (Replaced(child) is { } text) obj[name] = text;
                    else ReplaceIn(child);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Replaced(array[i]) is { } text) array[i] = text;
                    else ReplaceIn(array[i]);
                }
                break;
        }
    }

    /// <summary>
    /// The string with plain spaces, or null when it has no non-breaking space. The outcomes are an Object expression:
    /// a JSON text inside the string, where the Studio writes the character escaped (<c>\u00A0</c>).
    /// </summary>
    private static string? Replaced(JsonNode? node)
    {
        if (node is not JsonValue value || !value.TryGetValue(out string? text)) return null;
        var replaced = EscapedNonBreakingSpace().Replace(text.Replace(NonBreakingSpace, ' '), " ");
        return replaced == text ? null : replaced;
    }

    /// <summary><c>\u00A0</c> in JSON text, unless its backslash is itself escaped.</summary>
    [GeneratedRegex(@"(?<!\\)\\u00[aA]0")]
    private static partial Regex EscapedNonBreakingSpace();
}
