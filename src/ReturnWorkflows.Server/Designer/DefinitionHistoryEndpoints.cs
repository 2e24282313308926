using MediatR;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Designer;

/// <summary>Our own API beside Elsa's: a definition's revisions (every auto-save), its audit trail and its versions in use.</summary>
internal static class DefinitionHistoryEndpoints
{
    public static void MapDefinitionHistoryEndpoints(this IEndpointRouteBuilder app)
    {
        var definitions = app.MapGroup("/api/workflow-definitions/{definitionId}").RequireApiPolicy(Policies.ViewWorkflows);
        definitions.MapGet("/revisions", (string definitionId, DefinitionHistoryQueries queries, CancellationToken ct) => queries.RevisionsAsync(definitionId, 200, ct));
        definitions.MapGet("/audit", (string definitionId, DefinitionHistoryQueries queries, CancellationToken ct) => queries.AuditAsync(definitionId, 200, ct));
        definitions.MapGet("/versions", (string definitionId, DefinitionHistoryQueries queries, CancellationToken ct) => queries.VersionsInUseAsync(definitionId, ct));
        definitions.MapPost("/revisions/{revisionId}/restore", async (string definitionId, string revisionId, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(new RestoreDefinitionRevision(definitionId, revisionId), ct);
                return new { versionId = result.WorkflowDefinition.Id, version = result.WorkflowDefinition.Version };
            })
            .RequireApiPolicy(Policies.DesignWorkflows);
    }
}
