using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Runtime.State;
using ReturnWorkflows.Engine.Serialization;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.ElsaApi.Definitions;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.ElsaApi.Instances;

/// <summary>Elsa's <c>/workflow-instances</c> endpoints: the read side the instance list and viewer use, and cancel/delete.</summary>
internal static class InstanceEndpoints
{
    public static void MapInstanceEndpoints(this IEndpointRouteBuilder api)
    {
        var instances = api.MapGroup("/workflow-instances");
        instances.MapPost("", ListAsync);
        instances.MapGet("/{id}", GetAsync);
        instances.MapGet("/{id}/execution-state", async (string id, ClaimsPrincipal user, ReturnWorkflowsDbContext db, CancellationToken ct) =>
            await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == id).VisibleTo(user, db)
                .Select(i => new { status = i.Status.ToString(), subStatus = i.SubStatus.ToString(), updatedAt = i.UpdatedAt })
                .FirstOrDefaultAsync(ct) is { } state
                // Elsa's server writes subStatus and its client reads workflowSubStatus: both are sent.
                ? Results.Json(new { state.status, state.subStatus, workflowSubStatus = state.subStatus, updatedAt = InstanceViews.Utc(state.updatedAt) }, EngineJson.Options)
                : Results.NotFound());
        instances.MapPost("/{id}/journal", JournalAsync);
        instances.MapGet("/{id}/journal", JournalAsync);
        instances.MapGet("/{id}/variables", VariablesAsync);
        // Elsa's route really is /cancel/workflow-instances/{id}.
        api.MapPost("/cancel/workflow-instances/{id}", async (string id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new CancelWorkflow(id), ct);
                return Results.Ok();
            })
            .RequireApiPolicy(Policies.OperateWorkflows);
        instances.MapDelete("/{id}", async (string id, ReturnWorkflowsDbContext db, CancellationToken ct) =>
                await InstanceDeletion.DeleteAsync(db, [id], ct) == 0 ? Results.NotFound() : Results.NoContent())
            .RequireApiPolicy(Policies.OperateWorkflows);

        var bulk = api.MapGroup("/bulk-actions");
        bulk.MapPost("/cancel/workflow-instances", async (BulkCancelBody body, IMediator mediator, ReturnWorkflowsDbContext db, CancellationToken ct) =>
            {
                var ids = body.Ids?.ToList() ?? [];
                if (body.DefinitionVersionId is { Length: > 0 } versionId)
                    ids.AddRange(await db.WorkflowInstances.Where(i => i.DefinitionVersionId == versionId && i.Status == WorkflowStatus.Running).Select(i => i.Id).ToListAsync(ct));
                var cancelled = 0;
                foreach (var id in ids.Distinct())
                {
                    try { await mediator.Send(new CancelWorkflow(id), ct); cancelled++; }
                    catch (CommandFailedException) { } // finished, cancelled already or gone: Elsa counts only what it cancelled
                }
                return new { cancelled };
            })
            .RequireApiPolicy(Policies.OperateWorkflows);
        bulk.MapPost("/delete/workflow-instances/by-id", async (IdsBody body, ReturnWorkflowsDbContext db, CancellationToken ct) =>
                new { deleted = await InstanceDeletion.DeleteAsync(db, body.Ids ?? [], ct) })
            .RequireApiPolicy(Policies.OperateWorkflows);
    }

    private static async Task<PagedListResponse<WorkflowInstanceSummary>> ListAsync(HttpRequest request, ClaimsPrincipal user, ReturnWorkflowsDbContext db, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync(request, ct);
        var filter = body.Deserialize<InstanceListFilter>(EngineJson.Options) ?? new InstanceListFilter();
        var query = db.WorkflowInstances.AsNoTracking().VisibleTo(user, db);
        if (!string.IsNullOrWhiteSpace(filter.SearchTerm))
        {
            var term = filter.SearchTerm.Trim();
            query = query.Where(i => i.Id == term || i.CorrelationId == term || i.DefinitionId == term || (i.Name != null && i.Name.Contains(term)));
        }
        if (filter.DefinitionId is { Length: > 0 } definitionId) query = query.Where(i => i.DefinitionId == definitionId);
        if (filter.DefinitionIds is { Count: > 0 } definitionIds) query = query.Where(i => definitionIds.Contains(i.DefinitionId));
        if (filter.CorrelationId is { Length: > 0 } correlationId) query = query.Where(i => i.CorrelationId == correlationId);
        if (filter.Version is { } version) query = query.Where(i => i.DefinitionVersion == version);
        if (filter.HasIncidents is { } hasIncidents) query = query.Where(i => (i.IncidentCount > 0) == hasIncidents);
        if (filter.Statuses is { Count: > 0 } statuses)
        {
            var parsed = statuses.Select(s => Enum.TryParse<WorkflowStatus>(s, true, out var v) ? v : throw new CommandRejectedException("statuses", $"'{s}' is not a status.")).ToList();
            query = query.Where(i => parsed.Contains(i.Status));
        }
        if (filter.SubStatuses is { Count: > 0 } subStatuses)
        {
            var parsed = subStatuses.Select(s => Enum.TryParse<WorkflowSubStatus>(s, true, out var v) ? v : throw new CommandRejectedException("subStatuses", $"'{s}' is not a sub-status.")).ToList();
            query = query.Where(i => parsed.Contains(i.SubStatus));
        }

        var total = await query.CountAsync(ct);
        var descending = !string.Equals(filter.OrderDirection, "Ascending", StringComparison.OrdinalIgnoreCase);
        var ordered = (filter.OrderBy, descending) switch
        {
            ("Finished", false) => query.OrderBy(i => i.FinishedAt),
            ("Finished", true) => query.OrderByDescending(i => i.FinishedAt),
            ("Updated" or "LastExecuted", false) => query.OrderBy(i => i.UpdatedAt),
            ("Updated" or "LastExecuted", true) => query.OrderByDescending(i => i.UpdatedAt),
            ("Name", false) => query.OrderBy(i => i.Name),
            ("Name", true) => query.OrderByDescending(i => i.Name),
            (_, false) => query.OrderBy(i => i.CreatedAt),
            (_, true) => query.OrderByDescending(i => i.CreatedAt),
        };
        var pageSize = QueryValues.PageSize(filter.PageSize, fallback: 50, max: 500);
        var items = await ordered.ThenBy(i => i.Id).Skip(QueryValues.Page(filter.Page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedListResponse<WorkflowInstanceSummary>(items.Select(InstanceViews.Summary).ToList(), total);
    }

    private static async Task<IResult> GetAsync(string id, ClaimsPrincipal user, ReturnWorkflowsDbContext db, CancellationToken ct) =>
        await InstanceScope.AdmitsAsync(user, db, id, ct) && await LoadAsync(db, id, ct) is { } view ? Results.Json(view, EngineJson.Options) : Results.NotFound();

    /// <summary>Elsa's WorkflowInstance record (with <c>workflowState</c>) for one instance, or null when there is none.</summary>
    public static async Task<JsonObject?> LoadAsync(ReturnWorkflowsDbContext db, string id, CancellationToken ct)
    {
        var instance = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (instance is null) return null;
        var bookmarks = await db.Bookmarks.AsNoTracking().Where(b => b.WorkflowInstanceId == id).OrderBy(b => b.CreatedAt).ThenBy(b => b.Id).ToListAsync(ct);
        var incidents = await db.Incidents.AsNoTracking().Where(x => x.WorkflowInstanceId == id).OrderBy(x => x.Timestamp).ThenBy(x => x.Id).ToListAsync(ct);
        return InstanceViews.Instance(instance, InstanceStateSerializer.Deserialize(instance.State), bookmarks, incidents);
    }

    private static async Task<IResult> JournalAsync(string id, int? skip, int? take, HttpRequest request, ClaimsPrincipal user, ReturnWorkflowsDbContext db, CancellationToken ct)
    {
        if (!await InstanceScope.AdmitsAsync(user, db, id, ct)) return Results.NotFound();
        var filter = (await JsonBody.ReadOptionalAsync(request, ct, requireJsonContentType: false))?["filter"]?.Deserialize<JournalFilter>(EngineJson.Options);
        var query = db.JournalEntries.AsNoTracking().Where(e => e.WorkflowInstanceId == id);
        if (filter?.ActivityIds is { Count: > 0 } activityIds) query = query.Where(e => activityIds.Contains(e.ActivityId));
        if (filter?.ActivityNodeIds is { Count: > 0 } nodeIds) query = query.Where(e => nodeIds.Contains(e.NodeId));
        if (filter?.ExcludedActivityTypes is { Count: > 0 } excluded) query = query.Where(e => !excluded.Contains(e.ActivityType));
        if (filter?.EventNames is { Count: > 0 } eventNames) query = query.Where(e => e.EventName != null && eventNames.Contains(e.EventName));
        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(e => e.Sequence).Skip(Math.Max(0, skip ?? 0)).Take(Math.Clamp(take ?? 100, 1, 1000)).ToListAsync(ct);
        return Results.Json(new { items = page.Select(InstanceViews.JournalItem).ToList(), totalCount = total }, EngineJson.Options);
    }

    private static async Task<IResult> VariablesAsync(string id, ClaimsPrincipal user, ReturnWorkflowsDbContext db, CancellationToken ct)
    {
        var instance = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == id).VisibleTo(user, db).FirstOrDefaultAsync(ct);
        if (instance is null) return Results.NotFound();
        var version = await db.WorkflowDefinitionVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == instance.DefinitionVersionId, ct);
        var names = version?.ToModel().Variables.Where(v => v.Id is not null).ToDictionary(v => v.Id!, v => v.Name ?? v.Id!) ?? [];
        var state = InstanceStateSerializer.Deserialize(instance.State);
        var items = state.Contexts.SelectMany(c => c.Variables)
            .Select(pair => new JsonObject { ["id"] = pair.Key, ["name"] = names.GetValueOrDefault(pair.Key, pair.Key), ["value"] = pair.Value?.DeepClone() })
            .ToList();
        return Results.Json(new { items, count = items.Count }, EngineJson.Options);
    }
}


internal sealed record BulkCancelBody(IReadOnlyList<string>? Ids, string? DefinitionVersionId);

internal sealed record InstanceListFilter(
    string? SearchTerm = null, string? DefinitionId = null, IReadOnlyList<string>? DefinitionIds = null, string? CorrelationId = null,
    int? Version = null, bool? HasIncidents = null, IReadOnlyList<string>? Statuses = null, IReadOnlyList<string>? SubStatuses = null,
    string? OrderBy = null, string? OrderDirection = null, int? Page = null, int? PageSize = null);

internal sealed record JournalFilter(
    IReadOnlyList<string>? ActivityIds, IReadOnlyList<string>? ActivityNodeIds, IReadOnlyList<string>? ExcludedActivityTypes, IReadOnlyList<string>? EventNames);
