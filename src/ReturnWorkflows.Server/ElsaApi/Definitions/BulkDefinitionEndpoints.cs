using MediatR;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.ElsaApi.Definitions;

/// <summary>
/// The definition list's bulk actions. Each definition is its own command (its own transaction): one that fails is
/// reported in the answer and the others go ahead, as in Elsa.
/// </summary>
internal static class BulkDefinitionEndpoints
{
    public static void MapBulkDefinitionEndpoints(this IEndpointRouteBuilder api)
    {
        var bulk = api.MapGroup("/bulk-actions").RequireApiPolicy(Policies.DesignWorkflows);

        bulk.MapPost("/publish/workflow-definitions/by-definition-ids", async (DefinitionIdsBody body, IMediator mediator, CancellationToken ct) =>
        {
            List<string> published = [], alreadyPublished = [], notFound = [], failed = [];
            var warnings = new Dictionary<string, string[]>();
            foreach (var id in body.DefinitionIds ?? [])
            {
                try
                {
                    var result = await mediator.Send(new PublishWorkflowDefinition(id), ct);
                    (result.AlreadyPublished ? alreadyPublished : published).Add(id);
                }
                catch (NotFoundException) { notFound.Add(id); }
                catch (CommandFailedException e)
                {
                    failed.Add(id);
                    warnings[id] = [e.Message];
                }
            }
            return new { published, alreadyPublished, notFound, skipped = Array.Empty<string>(), updatedConsumers = Array.Empty<string>(), failed, warnings };
        });

        bulk.MapPost("/retract/workflow-definitions/by-definition-ids", async (DefinitionIdsBody body, IMediator mediator, CancellationToken ct) =>
        {
            List<string> retracted = [], alreadyRetracted = [], notFound = [];
            foreach (var id in body.DefinitionIds ?? [])
            {
                try
                {
                    await mediator.Send(new RetractWorkflowDefinition(id), ct);
                    retracted.Add(id);
                }
                catch (NotFoundException) { notFound.Add(id); }
                catch (CommandRejectedException) { alreadyRetracted.Add(id); }
            }
            return new { retracted, alreadyRetracted, skipped = Array.Empty<string>(), notPublished = alreadyRetracted, notFound };
        });

        bulk.MapPost("/delete/workflow-definitions/by-definition-id", async (DefinitionIdsBody body, IMediator mediator, CancellationToken ct) =>
        {
            var deleted = 0;
            var refused = new Dictionary<string, string>();
            foreach (var id in body.DefinitionIds ?? [])
            {
                try
                {
                    await mediator.Send(new DeleteWorkflowDefinition(id), ct);
                    deleted++;
                }
                catch (CommandFailedException e) when (e is not CommandValidationException) { refused[id] = e.Message; }
            }
            return new { deleted, refused };
        });

        bulk.MapPost("/delete/workflow-definitions/by-id", async (IdsBody body, IMediator mediator, CancellationToken ct) =>
        {
            var deleted = 0;
            var refused = new Dictionary<string, string>();
            foreach (var id in body.Ids ?? [])
            {
                try
                {
                    await mediator.Send(new DeleteWorkflowDefinitionVersion(id), ct);
                    deleted++;
                }
                catch (CommandFailedException e) when (e is not CommandValidationException) { refused[id] = e.Message; }
            }
            return new { deleted, refused };
        });
    }
}

internal sealed record DefinitionIdsBody(IReadOnlyList<string>? DefinitionIds);
internal sealed record IdsBody(IReadOnlyList<string>? Ids);
