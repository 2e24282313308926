using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ReturnWorkflows.Engine.Definitions;

/// <summary>
/// One version of a workflow definition in Elsa 3's JSON shape (what Elsa exports and what Elsa Studio saves).
/// Properties we do not model are kept in <see cref="Extra"/> so that import and export lose nothing.
/// </summary>
public sealed class WorkflowDefinitionModel : IJsonOnDeserialized
{
    /// <summary>The version id: one per stored version.</summary>
    public string? Id { get; set; }

    /// <summary>Stable across versions.</summary>
    public string? DefinitionId { get; set; }

    public string? Name { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public int Version { get; set; }
    public string? ToolVersion { get; set; }
    public List<VariableDefinition> Variables { get; set; } = [];
    public List<ArgumentDefinition> Inputs { get; set; } = [];
    public List<ArgumentDefinition> Outputs { get; set; } = [];
    public List<string> Outcomes { get; set; } = [];
    public JsonObject CustomProperties { get; set; } = [];
    public bool IsReadonly { get; set; }
    public bool IsSystem { get; set; }
    public bool IsLatest { get; set; }
    public bool IsPublished { get; set; }
    public WorkflowOptions Options { get; set; } = new();
    public ActivityNode? Root { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        // Elsa Studio sends null for empty lists; the canonical shape never has null lists.
        Variables ??= [];
        Inputs ??= [];
        Outputs ??= [];
        Outcomes ??= [];
        CustomProperties ??= [];
        Options ??= new();
    }
}

/// <summary>Elsa's <c>WorkflowOptions</c>: strategies and "usable as activity" settings.</summary>
public sealed class WorkflowOptions
{
    public string? ActivationStrategyType { get; set; }
    public string? IncidentStrategyType { get; set; }
    public string? CommitStrategyName { get; set; }
    public bool? UsableAsActivity { get; set; }
    public bool? AutoUpdateConsumingWorkflows { get; set; }
    public string? ActivityCategory { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A variable as Elsa Studio writes it: <c>{id, name, typeName, isArray, value, storageDriverTypeName}</c>.</summary>
public sealed class VariableDefinition
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? TypeName { get; set; }
    public bool? IsArray { get; set; }

    /// <summary>The default value, usually a string converted to <see cref="TypeName"/> at run time.</summary>
    public JsonNode? Value { get; set; }

    public string? StorageDriverTypeName { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A declared workflow input or output (Elsa's InputDefinition / OutputDefinition).</summary>
public sealed class ArgumentDefinition
{
    public string? Name { get; set; }
    public string? Type { get; set; }
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public bool? IsArray { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
