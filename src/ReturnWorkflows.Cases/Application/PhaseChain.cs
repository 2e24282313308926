using System.Text.Json.Nodes;
using ReturnWorkflows.Cases.Activities;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Cases.Application;

/// <summary>A phase workflow as published now: its id, name and the activity types it draws.</summary>
public sealed record Phase(string DefinitionId, string Name, IReadOnlySet<string> ActivityTypes);

/// <summary>
/// A programme's phases in order, found by following each published phase's "Enter next phase" step from the first
/// (a redesign that adds, drops or reorders phases is followed as published). Stops at a phase seen before.
/// </summary>
public sealed class PhaseChain(IWorkflowDefinitionStore definitions)
{
    private const int MaxPhases = 20;

    public async Task<IReadOnlyList<Phase>> FollowAsync(string firstPhase, CancellationToken cancellationToken)
    {
        var phases = new List<Phase>();
        var next = firstPhase;
        while (next is not null && phases.Count < MaxPhases && phases.All(p => p.DefinitionId != next))
        {
            if (await definitions.FindAsync(next, VersionOptions.Published, cancellationToken) is not { } version)
                break;
            var activities = Activities(JsonNode.Parse(version.Content)).ToList();
            phases.Add(new Phase(version.DefinitionId, version.Name ?? version.DefinitionId,
                activities.Select(a => (string?)a["type"]).OfType<string>().ToHashSet(StringComparer.Ordinal)));
            next = activities.Where(a => (string?)a["type"] == StartPhase.TypeName)
                .Select(a => a["phase"]?["expression"]?["value"]?.GetValue<string>()).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p));
        }
        return phases;
    }

    /// <summary>Every activity of the definition, those inside containers too.</summary>
    private static IEnumerable<JsonObject> Activities(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue && obj["id"] is JsonValue) yield return obj;
                foreach (var (_, child) in obj)
                foreach (var found in Activities(child))
                    yield return found;
                break;
            case JsonArray array:
                foreach (var child in array)
                foreach (var found in Activities(child))
                    yield return found;
                break;
        }
    }
}
