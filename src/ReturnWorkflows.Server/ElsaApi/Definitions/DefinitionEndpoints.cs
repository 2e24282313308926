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
using ReturnWorkflows.Server.Designer;
using ReturnWorkflows.Server.Http;
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
        definitions.MapGet("/{definitionId}/versions", ListVersionsAsync);
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
        definitions.MapPost("/{definitionId}/export", ExportAsync);
        definitions.MapGet("/many-by-id", async ([FromQuery] string[]? ids, IWorkflowDefinitionQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var list = QueryValues.List(ids) ?? [];
            var page = await queries.ListAsync(new DefinitionListQuery(null, null, list, null, null, DefinitionOrder.Name, false, 0, Math.Max(1, list.Count)), ct);
            var items = page.Items.Select(v => (JsonNode)DefinitionViews.Linked(v.ToModel(), user)).ToList();
            return Results.Json(new { items, count = items.Count }, EngineJson.Options);
        });
        definitions.MapGet("/query/count", async (IWorkflowDefinitionQueries queries, CancellationToken ct) =>
            new { count = (await queries.ListAsync(new DefinitionListQuery(VersionOptions.Latest, null, null, null, null, DefinitionOrder.Name, false, 0, 1), ct)).TotalCount });
        definitions.MapPost("/{definitionId}/revert/{version:int}", async (string definitionId, int version, IMediator mediator, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var result = await mediator.Send(new RevertWorkflowDefinition(definitionId, version), ct);
                var draft = result.WorkflowDefinition;
                return Results.Json(new { id = draft.Id, definitionId = draft.DefinitionId, name = draft.Name, description = draft.Description,
                    version = draft.Version, toolVersion = draft.ToolVersion, isLatest = draft.IsLatest, isPublished = draft.IsPublished,
                    materializerName = "Json", createdAt = draft.CreatedAt, isReadonly = draft.IsReadonly }, EngineJson.Options, statusCode: StatusCodes.Status201Created);
            })
            .RequireApiPolicy(Policies.DesignWorkflows);

        api.MapDelete("/workflow-definition-versions/{id}", async (string id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteWorkflowDefinitionVersion(id), ct);
                return Results.NoContent();
            })
            .RequireApiPolicy(Policies.DesignWorkflows);
        api.MapBulkDefinitionEndpoints();
    }

    /// <summary>Every version of one definition, newest first, as a plain array (Elsa answers 404 when there is none).</summary>
    private static async Task<IResult> ListVersionsAsync(string definitionId, IWorkflowDefinitionQueries queries, ClaimsPrincipal user, CancellationToken ct)
    {
        var page = await queries.ListAsync(new DefinitionListQuery(VersionOptions.AllVersions, [definitionId], null, null, null, DefinitionOrder.Version, true, 0, 1000), ct);
        return page.Items.Count == 0
            ? Results.NotFound()
            : Results.Json(page.Items.Select(v => DefinitionViews.Linked(v.ToModel(), user)).ToList(), EngineJson.Options);
    }

    // Every value arrives as text: the Studio sends empty ones ("Page=&PageSize=") that a typed binding would refuse.
    private static async Task<DefinitionListAnswer> ListAsync(
        IWorkflowDefinitionQueries queries, ClaimsPrincipal user, CancellationToken ct,
        string? versionOptions, [FromQuery] string[]? definitionIds, [FromQuery] string[]? ids, string? searchTerm,
        string? isSystem, string? orderBy, string? orderDirection, string? page, string? pageSize)
    {
        var order = ParseOrder(orderBy);
        var descending = string.IsNullOrEmpty(orderDirection)
            ? order != DefinitionOrder.Name // Elsa: ascending by name, otherwise newest first
            : orderDirection.Equals("Descending", StringComparison.OrdinalIgnoreCase);
        var query = new DefinitionListQuery(
            QueryValues.VersionOptions(versionOptions, fallback: null), QueryValues.List(definitionIds), QueryValues.List(ids),
            searchTerm, QueryValues.Bool(isSystem, "isSystem"), order, descending,
            QueryValues.Page(QueryValues.Int(page, "page")), QueryValues.PageSize(QueryValues.Int(pageSize, "pageSize"), fallback: 100, max: 1000));
        var result = await queries.ListAsync(query, ct);
        var running = (await queries.CountRunningInstancesAsync(result.Items.Select(v => v.DefinitionId).Distinct().ToList(), ct))
            .ToDictionary(r => r.DefinitionVersionId, r => r.Count);
        return new DefinitionListAnswer(
            result.Items.Select(v => DefinitionViews.Summary(v, running.GetValueOrDefault(v.Id), user)).ToList(), result.TotalCount, DefinitionLinks.ForList(user));
    }

    private static DefinitionOrder ParseOrder(string? orderBy) => orderBy switch
    {
        null or "" or "Name" => DefinitionOrder.Name,
        "Created" or "CreatedAt" => DefinitionOrder.CreatedAt,
        "Version" => DefinitionOrder.Version,
        _ => throw new CommandRejectedException("orderBy", $"'{orderBy}' is not an order: use Name, Created or Version."),
    };

    private static async Task<IResult> GetByDefinitionIdAsync(string definitionId, string? versionOptions, IWorkflowDefinitionStore store, ClaimsPrincipal user, CancellationToken ct)
    {
        var version = await store.FindAsync(definitionId, QueryValues.VersionOptions(versionOptions, VersionOptions.Latest)!.Value, ct);
        return version is null ? Results.NotFound() : Results.Json(DefinitionViews.Linked(EditorRevision.Stamp(version.ToModel(), version), user), EngineJson.Options);
    }

    private static async Task<IResult> GetByIdAsync(string id, IWorkflowDefinitionStore store, ClaimsPrincipal user, CancellationToken ct)
    {
        var version = await store.FindByIdAsync(id, ct);
        return version is null ? Results.NotFound() : Results.Json(DefinitionViews.Linked(EditorRevision.Stamp(version.ToModel(), version), user), EngineJson.Options);
    }

    private static async Task<IResult> SaveAsync(HttpRequest request, IMediator mediator, ClaimsPrincipal user, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync(request, ct);
        if (body["model"] is not JsonObject modelJson)
            throw new CommandRejectedException("model", "The request has no model: send {\"model\": {...}, \"publish\": false}.");
        NonBreakingSpaces.ReplaceIn(modelJson);
        WorkflowDefinitionModel model;
        try { model = WorkflowDefinitionJson.Parse(modelJson.ToJsonString()); }
        catch (WorkflowJsonException e) { throw new CommandRejectedException("model" + (e.Path ?? "").TrimStart('$'), e.Message); }
        var publish = body["publish"] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
        var isNew = string.IsNullOrWhiteSpace(model.DefinitionId);
        var result = await mediator.Send(new SaveWorkflowDefinition(model, publish, ExplicitSave: ExplicitSave.IsMarked(request)), ct);
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
}
