using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Definitions.Queries;
using ReturnWorkflows.Engine.Serialization;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.ElsaApi.Definitions;

/// <summary>Elsa's <c>/workflow-definitions</c> endpoints over our version rules (elsa-semantics.md §1).</summary>
internal static class DefinitionEndpoints
{
    public static void MapDefinitionEndpoints(this IEndpointRouteBuilder api)
    {
        var definitions = api.MapGroup("/workflow-definitions");

        definitions.MapGet("", ListAsync);
        definitions.MapGet("/by-definition-id/{definitionId}", GetByDefinitionIdAsync);
        definitions.MapGet("/by-id/{id}", GetByIdAsync);
        definitions.MapGet("/validation/is-name-unique", async (string name, string? definitionId, IWorkflowDefinitionQueries queries, CancellationToken ct) =>
            new { isUnique = await queries.IsNameUniqueAsync(name, definitionId, ct) });
        definitions.MapGet("/{definitionId}/export", ExportAsync);
        definitions.MapGet("/{definitionId}", GetByDefinitionIdAsync);

        definitions.MapPost("", SaveAsync).RequireApiPolicy(Policies.DesignWorkflows);
        definitions.MapPost("/{definitionId}/publish", async (string definitionId, IMediator mediator, ClaimsPrincipal user, CancellationToken ct) =>
                DefinitionViews.SaveAnswer(await mediator.Send(new PublishWorkflowDefinition(definitionId), ct), user))
            .RequireApiPolicy(Policies.DesignWorkflows);
        definitions.MapPost("/{definitionId}/retract", async (string definitionId, IMediator mediator, ClaimsPrincipal user, CancellationToken ct) =>
                DefinitionViews.Linked(await mediator.Send(new RetractWorkflowDefinition(definitionId), ct), user))
            .RequireApiPolicy(Policies.DesignWorkflows);
        definitions.MapDelete("/{definitionId}", async (string definitionId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteWorkflowDefinition(definitionId), ct);
                return Results.NoContent();
            })
            .RequireApiPolicy(Policies.DesignWorkflows);
        definitions.MapPost("/import", ImportAsync).RequireApiPolicy(Policies.DesignWorkflows);
    }

    private static async Task<DefinitionListAnswer> ListAsync(
        HttpRequest request, IWorkflowDefinitionQueries queries, ClaimsPrincipal user, CancellationToken ct,
        string? versionOptions, [FromQuery] string[]? definitionIds, [FromQuery] string[]? ids, string? searchTerm,
        bool? isSystem, string? orderBy, string? orderDirection, int? page, int? pageSize)
    {
        var query = new DefinitionListQuery(
            QueryValues.VersionOptions(versionOptions, fallback: null), QueryValues.List(definitionIds), QueryValues.List(ids),
            searchTerm, isSystem, ParseOrder(orderBy), string.Equals(orderDirection, "Descending", StringComparison.OrdinalIgnoreCase),
            QueryValues.Page(page), QueryValues.PageSize(pageSize, fallback: 100, max: 1000));
        var result = await queries.ListAsync(query, ct);
        var running = (await queries.CountRunningInstancesAsync(result.Items.Select(v => v.DefinitionId).Distinct().ToList(), ct))
            .ToDictionary(r => r.DefinitionVersionId, r => r.Count);
        return new DefinitionListAnswer(
            result.Items.Select(v => DefinitionViews.Summary(v, running.GetValueOrDefault(v.Id))).ToList(), result.TotalCount, DefinitionLinks.ForList(user));
    }

    private static DefinitionOrder ParseOrder(string? orderBy) => orderBy switch
    {
        null or "" or "Name" => DefinitionOrder.Name,
        "CreatedAt" => DefinitionOrder.CreatedAt,
        "Version" => DefinitionOrder.Version,
        _ => throw new CommandRejectedException("orderBy", $"'{orderBy}' is not an order: use Name, CreatedAt or Version."),
    };

    private static async Task<IResult> GetByDefinitionIdAsync(string definitionId, string? versionOptions, IWorkflowDefinitionStore store, ClaimsPrincipal user, CancellationToken ct)
    {
        var version = await store.FindAsync(definitionId, QueryValues.VersionOptions(versionOptions, VersionOptions.Latest)!.Value, ct);
        return version is null ? Results.NotFound() : Results.Json(DefinitionViews.Linked(version.ToModel(), user), EngineJson.Options);
    }

    private static async Task<IResult> GetByIdAsync(string id, IWorkflowDefinitionStore store, ClaimsPrincipal user, CancellationToken ct)
    {
        var version = await store.FindByIdAsync(id, ct);
        return version is null ? Results.NotFound() : Results.Json(DefinitionViews.Linked(version.ToModel(), user), EngineJson.Options);
    }

    private static async Task<IResult> SaveAsync(HttpRequest request, IMediator mediator, ClaimsPrincipal user, CancellationToken ct)
    {
        var body = await ReadBodyAsync(request, ct);
        if (body["model"] is not JsonObject modelJson)
            throw new CommandRejectedException("model", "The request has no model: send {\"model\": {...}, \"publish\": false}.");
        WorkflowDefinitionModel model;
        try { model = WorkflowDefinitionJson.Parse(modelJson.ToJsonString()); }
        catch (WorkflowJsonException e) { throw new CommandRejectedException("model" + (e.Path ?? "").TrimStart('$'), e.Message); }
        var publish = body["publish"] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
        var isNew = string.IsNullOrWhiteSpace(model.DefinitionId);
        var result = await mediator.Send(new SaveWorkflowDefinition(model, publish), ct);
        var answer = DefinitionViews.SaveAnswer(result, user);
        return isNew ? Results.Json(answer, EngineJson.Options, statusCode: StatusCodes.Status201Created) : Results.Json(answer, EngineJson.Options);
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, IMediator mediator, ClaimsPrincipal user, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        var result = await mediator.Send(new ImportWorkflowDefinition(json), ct);
        return Results.Json(DefinitionViews.Linked(result.WorkflowDefinition, user), EngineJson.Options);
    }

    private static async Task<IResult> ExportAsync(string definitionId, string? versionOptions, IMediator mediator, CancellationToken ct)
    {
        var exported = await mediator.Send(new ExportWorkflowDefinition(definitionId, QueryValues.VersionOptions(versionOptions, VersionOptions.Latest)!.Value), ct);
        return Results.File(System.Text.Encoding.UTF8.GetBytes(exported.Json), "application/json", exported.FileName);
    }

    internal static async Task<JsonObject> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: ct) as JsonObject
                   ?? throw new CommandRejectedException("body", "The body must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new CommandRejectedException("body", $"The body is not valid JSON: {e.Message}");
        }
    }
}
