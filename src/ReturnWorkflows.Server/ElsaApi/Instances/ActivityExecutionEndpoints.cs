using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Serialization;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Http;

namespace ReturnWorkflows.Server.ElsaApi.Instances;

/// <summary>Per-activity execution records, and the report the instance viewer draws its badges from.</summary>
internal static class ActivityExecutionEndpoints
{
    public static void MapActivityExecutionEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/activity-executions/list", (string workflowInstanceId, string? activityNodeId, bool? completed, ClaimsPrincipal user, ReturnWorkflowsDbContext db, CancellationToken ct) =>
            ListAsync(workflowInstanceId, activityNodeId, completed, withState: true, user, db, ct));
        api.MapGet("/activity-execution-summaries/list", (string workflowInstanceId, string? activityNodeId, bool? completed, ClaimsPrincipal user, ReturnWorkflowsDbContext db, CancellationToken ct) =>
            ListAsync(workflowInstanceId, activityNodeId, completed, withState: false, user, db, ct));
        api.MapGet("/activity-executions/by-id", (string id, ClaimsPrincipal user, ReturnWorkflowsDbContext db, CancellationToken ct) => GetAsync(id, user, db, ct));
        api.MapGet("/activity-executions/{id}", (string id, ClaimsPrincipal user, ReturnWorkflowsDbContext db, CancellationToken ct) => GetAsync(id, user, db, ct));
        // Our workflows do not call other workflows: a record's call stack is itself.
        api.MapGet("/activity-executions/{id}/call-stack", async (string id, ClaimsPrincipal user, ReturnWorkflowsDbContext db, CancellationToken ct) =>
            await FindAsync(id, user, db, ct) is { } record
                ? Results.Json(new { activityExecutionId = id, items = new[] { InstanceViews.ActivityExecution(record, withState: true) }, totalCount = 1 }, EngineJson.Options)
                : Results.NotFound());
        api.MapPost("/activity-executions/report", ReportAsync);
    }

    /// <summary>The record, when its instance is within the user's scope.</summary>
    private static async Task<ActivityExecutionRecord?> FindAsync(string id, ClaimsPrincipal user, ReturnWorkflowsDbContext db, CancellationToken ct) =>
        await db.ActivityExecutions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } record
        && await InstanceScope.AdmitsAsync(user, db, record.WorkflowInstanceId, ct)
            ? record
            : null;

    private static async Task<IResult> GetAsync(string id, ClaimsPrincipal user, ReturnWorkflowsDbContext db, CancellationToken ct) =>
        await FindAsync(id, user, db, ct) is { } record
            ? Results.Json(InstanceViews.ActivityExecution(record, withState: true), EngineJson.Options)
            : Results.NotFound();

    private static async Task<IResult> ListAsync(string workflowInstanceId, string? activityNodeId, bool? completed, bool withState, ClaimsPrincipal user, ReturnWorkflowsDbContext db, CancellationToken ct)
    {
        if (!await InstanceScope.AdmitsAsync(user, db, workflowInstanceId, ct)) return Results.NotFound();
        var query = db.ActivityExecutions.AsNoTracking().Where(r => r.WorkflowInstanceId == workflowInstanceId);
        if (activityNodeId is { Length: > 0 }) query = query.Where(r => r.ActivityNodeId == activityNodeId);
        if (completed is { } done) query = done ? query.Where(r => r.CompletedAt != null) : query.Where(r => r.CompletedAt == null);
        // In the order they ran; records written before sequences existed all have 0 and fall back on their start time.
        var records = await query.OrderBy(r => r.Sequence).ThenBy(r => r.StartedAt).ThenBy(r => r.Id).Take(1000).ToListAsync(ct);
        var items = records.Select(r => InstanceViews.ActivityExecution(r, withState)).ToList();
        return Results.Json(new { items, count = items.Count }, EngineJson.Options);
    }

    private static async Task<IResult> ReportAsync(HttpRequest request, ClaimsPrincipal user, ReturnWorkflowsDbContext db, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync(request, ct);
        var instanceId = body["workflowInstanceId"]?.GetValue<string>()
                         ?? throw new Engine.Application.CommandRejectedException("workflowInstanceId", "workflowInstanceId is required.");
        if (!await InstanceScope.AdmitsAsync(user, db, instanceId, ct)) return Results.NotFound();
        var nodeIds = body["activityNodeIds"]?.Deserialize<List<string>>(EngineJson.Options) ?? [];
        var query = db.ActivityExecutions.AsNoTracking().Where(r => r.WorkflowInstanceId == instanceId);
        if (nodeIds.Count > 0) query = query.Where(r => nodeIds.Contains(r.ActivityNodeId));
        var records = await query.Select(r => new { r.ActivityId, r.ActivityNodeId, r.CompletedAt, r.HasBookmarks, r.Status }).ToListAsync(ct);
        var stats = records.GroupBy(r => r.ActivityNodeId).Select(g => new
        {
            activityId = g.First().ActivityId,
            activityNodeId = g.Key,
            startedCount = g.Count(),
            completedCount = g.Count(r => r.CompletedAt != null),
            uncompletedCount = g.Count(r => r.CompletedAt == null),
            isBlocked = g.Any(r => r.HasBookmarks),
            isFaulted = g.Any(r => r.Status == "Faulted"),
        }).ToList();
        return Results.Json(new { stats }, EngineJson.Options);
    }
}
