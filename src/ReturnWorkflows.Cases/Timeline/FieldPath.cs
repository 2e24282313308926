using System.Text.RegularExpressions;

namespace ReturnWorkflows.Cases.Timeline;

/// <summary>
/// An audit field path as people read it: <c>persons[01J…].names.given</c> → <c>persons.names.given</c>. The ids say
/// nothing to a reader and the timeline names no person.
/// </summary>
public static partial class FieldPath
{
    public static string WithoutIds(string? field) => field is null ? "" : Indexer().Replace(field, "");

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Indexer();
}
