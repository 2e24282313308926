using System.Text.Json.Nodes;

namespace ReturnWorkflows.Server.Designer;

/// <summary>
/// What changed between two saved drafts, in words a manager reads on the history page: activities added and removed,
/// whose inputs changed, connections made or removed, and whether only the layout moved.
/// </summary>
public static class RevisionChanges
{
    public static string Describe(string? before, string after)
    {
        var old = Activities(before);
        var now = Activities(after);
        var parts = new List<string>();
        var added = now.Keys.Except(old.Keys).Select(id => Name(now[id])).ToList();
        var removed = old.Keys.Except(now.Keys).Select(id => Name(old[id])).ToList();
        if (added.Count > 0) parts.Add("added " + string.Join(", ", added));
        if (removed.Count > 0) parts.Add("removed " + string.Join(", ", removed));

        var moved = false;
        foreach (var id in now.Keys.Intersect(old.Keys))
        {
            var inputs = ChangedProperties(old[id], now[id]);
            if (inputs.Count > 0) parts.Add($"changed {Name(now[id])}: {string.Join(", ", inputs)}");
            else if (!JsonNode.DeepEquals(old[id], now[id])) moved = true;
        }

        var (oldLinks, newLinks) = (Connections(before), Connections(after));
        var linked = newLinks.Except(oldLinks).Count();
        var unlinked = oldLinks.Except(newLinks).Count();
        if (linked > 0) parts.Add($"{linked} connection{(linked == 1 ? "" : "s")} made");
        if (unlinked > 0) parts.Add($"{unlinked} connection{(unlinked == 1 ? "" : "s")} removed");
        if (parts.Count == 0) parts.Add(moved ? "moved activities on the canvas" : "workflow settings");
        var text = string.Join("; ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>The inputs (and name) that differ; the designer's layout metadata is not an input.</summary>
    private static List<string> ChangedProperties(JsonObject old, JsonObject now) =>
        old.Select(p => p.Key).Union(now.Select(p => p.Key))
            .Where(key => key is not ("metadata" or "id" or "nodeId" or "type" or "version"))
            .Where(key => !JsonNode.DeepEquals(old[key], now[key]))
            .ToList();

    private static string Name(JsonObject activity)
    {
        var label = new[] { (string?)activity["metadata"]?["displayText"], (string?)activity["name"], (string?)activity["id"] }
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
        var typeName = (string?)activity["type"] ?? "";
        var type = Engine.Activities.ActivityRegistry.BuiltIn.Find(typeName)?.DisplayName ?? typeName.Split('.')[^1];
        return label is null || label == type ? type : $"{type} '{label}'";
    }

    private static Dictionary<string, JsonObject> Activities(string? content)
    {
        var activities = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        if (Root(content)?["activities"] is JsonArray array)
            foreach (var activity in array.OfType<JsonObject>())
                if ((string?)activity["id"] is { } id) activities[id] = activity;
        return activities;
    }

    private static HashSet<string> Connections(string? content) =>
        (Root(content)?["connections"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(c => $"{c["source"]?["activity"]}:{c["source"]?["port"]}>{c["target"]?["activity"]}:{c["target"]?["port"]}")
            .ToHashSet(StringComparer.Ordinal);

    private static JsonObject? Root(string? content)
    {
        if (string.IsNullOrEmpty(content)) return null;
        try { return JsonNode.Parse(content)?["root"] as JsonObject; }
        catch (System.Text.Json.JsonException) { return null; }
    }
}
