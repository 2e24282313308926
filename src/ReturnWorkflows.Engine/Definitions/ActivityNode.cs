using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ReturnWorkflows.Engine.Definitions;

/// <summary>
/// An activity as it stands in workflow JSON. Inputs, outputs and anything else an activity type defines
/// live in <see cref="Properties"/> under their camel-cased names, exactly as Elsa writes them.
/// Containers (<c>Elsa.Flowchart</c>) also carry <see cref="Activities"/>, <see cref="Connections"/> and <see cref="Variables"/>.
/// </summary>
public sealed class ActivityNode : IJsonOnDeserialized
{
    public const string FlowchartType = "Elsa.Flowchart";

    public string Id { get; set; } = "";
    public string? NodeId { get; set; }
    public string? Name { get; set; }
    public string Type { get; set; } = "";
    public int Version { get; set; } = 1;
    public JsonObject CustomProperties { get; set; } = [];

    /// <summary>Designer data (position, size) and anything else tools attach.</summary>
    public JsonObject Metadata { get; set; } = [];

    public List<ActivityNode>? Activities { get; set; }
    public List<Connection>? Connections { get; set; }
    public List<VariableDefinition>? Variables { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    [JsonIgnore]
    public bool IsFlowchart => Type == FlowchartType;

    /// <summary>The raw JSON of one input or other property, looked up case-insensitively as Elsa reads it.</summary>
    public JsonNode? GetProperty(string name)
    {
        if (Properties is null) return null;
        foreach (var (key, value) in Properties)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                return JsonSerializer.SerializeToNode(value);
        return null;
    }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Id ??= "";
        Type ??= "";
        CustomProperties ??= [];
        Metadata ??= [];
        if (IsFlowchart)
        {
            Activities ??= [];
            Connections ??= [];
            Variables ??= [];
        }
        Connections?.RemoveAll(c => c is null);
        Activities?.RemoveAll(a => a is null);
    }
}
