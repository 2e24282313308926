namespace ReturnWorkflows.Engine.Runtime.Timers;

/// <summary>
/// What an operator reads for a timer in the jobs dashboard: "Reminder 2 · Counselling session · Returns · BA-SJJ".
/// Built only from what a designer wrote and an office code (the timer's kind, the activity's display name, the
/// workflow's name), never from an evaluated expression such as a task title, which may carry a person's name.
/// </summary>
public static class TimerLabel
{
    public const int MaxLength = 300;
    private const string Separator = " · ";

    public static string Describe(string? kind, GraphNode node, string? workflowName, string? office) =>
        Join(kind, DisplayNameOf(node), workflowName, office);

    /// <summary>The parts that are there, once each, cut to <see cref="MaxLength"/>.</summary>
    public static string Join(params string?[] parts)
    {
        var label = string.Join(Separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).Distinct(StringComparer.Ordinal));
        return label.Length <= MaxLength ? label : label[..(MaxLength - 1)] + "…";
    }

    /// <summary>The Studio's display text, else the activity's name, else its type's display name.</summary>
    public static string? DisplayNameOf(GraphNode node) =>
        (node.Activity?.Metadata["displayText"] as System.Text.Json.Nodes.JsonValue)?.TryGetValue<string>(out var text) == true && !string.IsNullOrWhiteSpace(text)
            ? text
            : !string.IsNullOrWhiteSpace(node.Activity?.Name) ? node.Activity.Name
            : node.Descriptor?.DisplayName ?? node.Activity?.Type;
}
