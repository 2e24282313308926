using System.Text.Json;
using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Serialization;
using MediatR;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Engine.Definitions.Commands;

/// <summary>A stored version as an Elsa export file (indented Elsa 3 JSON that Elsa and this server import).</summary>
public sealed record ExportWorkflowDefinition(string DefinitionId, VersionOptions VersionOptions) : IRequest<ExportedWorkflowDefinition>, IQuery;

public sealed record ExportedWorkflowDefinition(string FileName, string Json);

public static class ExportFormat
{
    public const string SchemaProperty = "$schema";
}

public sealed class ExportWorkflowDefinitionHandler(IWorkflowDefinitionStore store)
    : IRequestHandler<ExportWorkflowDefinition, ExportedWorkflowDefinition>
{
    private const string SchemaUrl = "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json";

    public async Task<ExportedWorkflowDefinition> Handle(ExportWorkflowDefinition query, CancellationToken cancellationToken)
    {
        var version = await store.FindAsync(query.DefinitionId, query.VersionOptions, cancellationToken)
                      ?? throw new NotFoundException("definitionId", $"Workflow definition '{query.DefinitionId}' has no {query.VersionOptions} version.");
        // Elsa's export files start with their schema; Elsa Studio refuses to import a file without it.
        var file = new JsonObject { [ExportFormat.SchemaProperty] = SchemaUrl };
        foreach (var (name, value) in JsonNode.Parse(WorkflowDefinitionJson.Serialize(version.ToModel()))!.AsObject())
            file[name] = value?.DeepClone();
        var json = file.ToJsonString(new JsonSerializerOptions(EngineJson.Options) { WriteIndented = true });
        return new ExportedWorkflowDefinition($"workflow-definition-{version.DefinitionId}-v{version.Version}.json", json);
    }
}
