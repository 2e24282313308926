using MediatR;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Engine.Definitions.Commands;

/// <summary>A stored version as an Elsa export file (indented Elsa 3 JSON that Elsa and this server import).</summary>
public sealed record ExportWorkflowDefinition(string DefinitionId, VersionOptions VersionOptions) : IRequest<ExportedWorkflowDefinition>, IQuery;

public sealed record ExportedWorkflowDefinition(string FileName, string Json);

public sealed class ExportWorkflowDefinitionHandler(IWorkflowDefinitionStore store)
    : IRequestHandler<ExportWorkflowDefinition, ExportedWorkflowDefinition>
{
    public async Task<ExportedWorkflowDefinition> Handle(ExportWorkflowDefinition query, CancellationToken cancellationToken)
    {
        var version = await store.FindAsync(query.DefinitionId, query.VersionOptions, cancellationToken)
                      ?? throw new NotFoundException("definitionId", $"Workflow definition '{query.DefinitionId}' has no {query.VersionOptions} version.");
        var json = WorkflowDefinitionJson.Serialize(version.ToModel(), indented: true);
        return new ExportedWorkflowDefinition($"{version.DefinitionId}-v{version.Version}.json", json);
    }
}
