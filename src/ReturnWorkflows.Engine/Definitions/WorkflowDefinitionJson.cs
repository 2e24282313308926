using System.Text.Json;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Engine.Definitions;

/// <summary>Reads and writes workflow definitions in Elsa 3's JSON format, always producing the canonical shape.</summary>
public static class WorkflowDefinitionJson
{
    /// <summary>The designer's name for the root workflow; node ids start with it (<c>Workflow1:flowchart1:start1</c>).</summary>
    public const string RootWorkflowNodeId = "Workflow1";

    // Properties that belong to Elsa's API responses, not to the definition.
    private static readonly string[] ResponseOnlyProperties = ["links"];

    /// <exception cref="WorkflowJsonException">The text is not a workflow definition; the message says where.</exception>
    public static WorkflowDefinitionModel Parse(string json)
    {
        WorkflowDefinitionModel? model;
        try
        {
            // Files saved by some editors start with a byte-order mark.
            model = JsonSerializer.Deserialize<WorkflowDefinitionModel>(json.TrimStart('\uFEFF'), EngineJson.Options);
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 0 } path ? $" at {path}" : "";
            throw new WorkflowJsonException($"The workflow JSON is not valid{where}: {FirstSentence(e.Message)}", e.Path);
        }
        if (model is null)
            throw new WorkflowJsonException("The workflow JSON is empty (null).", null);
        return Canonicalize(model);
    }

    public static string Serialize(WorkflowDefinitionModel model, bool indented = false)
    {
        var options = indented ? new JsonSerializerOptions(EngineJson.Options) { WriteIndented = true } : EngineJson.Options;
        return JsonSerializer.Serialize(model, options);
    }

    /// <summary>A deep copy through JSON, so a stored version never shares mutable state with a caller's model.</summary>
    public static WorkflowDefinitionModel Clone(WorkflowDefinitionModel model) => Parse(Serialize(model));

    /// <summary>
    /// Brings a model into the shape the server stores and emits: no response-only properties, no null lists,
    /// node ids recomputed from the tree (as Elsa's identity graph does when it loads a workflow).
    /// </summary>
    public static WorkflowDefinitionModel Canonicalize(WorkflowDefinitionModel model)
    {
        if (model.Extra is not null)
        {
            foreach (var name in ResponseOnlyProperties)
                foreach (var key in model.Extra.Keys.Where(k => k.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList())
                    model.Extra.Remove(key);
            if (model.Extra.Count == 0) model.Extra = null;
        }
        model.Name = model.Name?.Trim();
        model.Description = model.Description?.Trim();
        if (model.Root is not null)
            AssignNodeIds(model.Root, RootWorkflowNodeId);
        return model;
    }

    private static void AssignNodeIds(ActivityNode node, string parentNodeId)
    {
        node.NodeId = $"{parentNodeId}:{node.Id}";
        foreach (var child in node.Activities ?? [])
            AssignNodeIds(child, node.NodeId);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}

/// <summary>Workflow JSON that cannot be read. <see cref="Path"/> is the JSON path of the offending value, when known.</summary>
public sealed class WorkflowJsonException(string message, string? path) : Exception(message)
{
    public string? Path { get; } = path;
}
