using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Server.ElsaApi.Definitions;

/// <summary>Definitions in the shapes the Studio reads: the canonical model (no null lists) plus links.</summary>
internal static class DefinitionViews
{
    public static JsonObject Linked(WorkflowDefinitionModel model, ClaimsPrincipal user)
    {
        var json = JsonNode.Parse(WorkflowDefinitionJson.Serialize(model))!.AsObject();
        json["links"] = JsonSerializer.SerializeToNode(DefinitionLinks.ForDefinition(user, model.DefinitionId!, model.IsReadonly), EngineJson.Options);
        return json;
    }

    public static JsonObject SaveAnswer(SaveWorkflowDefinitionResult result, ClaimsPrincipal user) => new()
    {
        ["workflowDefinition"] = Linked(result.WorkflowDefinition, user),
        ["alreadyPublished"] = result.AlreadyPublished,
        ["consumingWorkflowCount"] = result.ConsumingWorkflowCount,
        ["validationErrors"] = JsonSerializer.SerializeToNode(result.ValidationErrors, EngineJson.Options),
    };

    public static DefinitionSummary Summary(WorkflowDefinitionVersion v, int runningInstances, ClaimsPrincipal user) => new(
        v.Id, v.DefinitionId, v.Name, v.Description, v.Version, v.ToolVersion, v.IsLatest, v.IsPublished,
        "Default", "Json", true, new DateTimeOffset(v.CreatedAt, TimeSpan.Zero), v.IsReadonly, v.IsSystem, runningInstances,
        DefinitionLinks.ForDefinition(user, v.DefinitionId, v.IsReadonly));
}

/// <summary>Elsa's WorkflowDefinitionSummary, plus how many (non-test) instances still run on this version.</summary>
public sealed record DefinitionSummary(
    string Id, string DefinitionId, string? Name, string? Description, int Version, string? ToolVersion,
    bool IsLatest, bool IsPublished, string ProviderName, string MaterializerName, bool IsMaterializerAvailable,
    DateTimeOffset CreatedAt, bool IsReadonly, bool IsSystem, int RunningInstanceCount, IReadOnlyList<Link> Links);

public sealed record DefinitionListAnswer(IReadOnlyList<DefinitionSummary> Items, long TotalCount, IReadOnlyList<Link> Links);
