using System.Text.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Runtime.State;
using ReturnWorkflows.Engine.Serialization;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.ElsaApi.Definitions;
using ReturnWorkflows.Server.ElsaApi.Instances;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.ElsaApi.Execution;

/// <summary>
/// Starting and resuming from outside: the designer's Run button (execute), dispatch, Run-task completion and events.
/// A start by a person in the designer (bearer token) is a test run, kept out of case lists and reports; a start
/// by automation (API key) is real.
/// </summary>
internal static class ExecutionEndpoints
{
    public static void MapExecutionEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/workflow-definitions/{definitionId}/execute", ExecuteAsync).RequireApiPolicy(Policies.DesignWorkflows);
        api.MapPost("/workflow-definitions/{definitionId}/dispatch", DispatchAsync).RequireApiPolicy(Policies.DesignWorkflows);
        api.MapPost("/tasks/{taskId}/complete", async (string taskId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var body = await ReadOptionalBodyAsync(request, ct);
                await mediator.Send(new CompleteTask(taskId, body?["result"]?.DeepClone()), ct);
                return Results.Ok();
            })
            .RequireApiPolicy(Policies.OperateWorkflows);
        api.MapPost("/events/{eventName}/trigger", async (string eventName, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var body = await ReadOptionalBodyAsync(request, ct);
                await mediator.Send(new RaiseEvent(eventName, (string?)body?["correlationId"], (string?)body?["workflowInstanceId"], body?["input"] as JsonObject), ct);
                return Results.Ok();
            })
            .RequireApiPolicy(Policies.OperateWorkflows);
    }

    private static async Task<IResult> ExecuteAsync(string definitionId, HttpContext http, IMediator mediator, ReturnWorkflowsDbContext db, CancellationToken ct)
    {
        var start = await ReadStartAsync(definitionId, http, ct);
        WorkflowRunResult result;
        try
        {
            result = await mediator.Send(start, ct);
        }
        catch (NotFoundException) when (start.VersionOptions is not null)
        {
            return Results.NotFound();
        }
        http.Response.Headers["x-elsa-workflow-cannot-start"] = "False";
        http.Response.Headers["x-elsa-workflow-instance-id"] = result.InstanceId;
        http.Response.Headers["x-elsa-response"] = "true";
        var instance = await db.WorkflowInstances.AsNoTracking().FirstAsync(i => i.Id == result.InstanceId, ct);
        var bookmarks = await db.Bookmarks.AsNoTracking().Where(b => b.WorkflowInstanceId == instance.Id).ToListAsync(ct);
        var incidents = await db.Incidents.AsNoTracking().Where(x => x.WorkflowInstanceId == instance.Id).ToListAsync(ct);
        var view = InstanceViews.Instance(instance, InstanceStateSerializer.Deserialize(instance.State), bookmarks, incidents);
        var answer = new JsonObject { ["workflowState"] = view["workflowState"]!.DeepClone() };
        return Results.Json(answer, EngineJson.Options, statusCode: result.SubStatus == WorkflowSubStatus.Faulted ? 500 : 200);
    }

    private static async Task<IResult> DispatchAsync(string definitionId, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        // Our steps are short and transactional: the first one runs before the answer, so the id names an instance
        // that exists (Elsa answers first and creates it in the background).
        var result = await mediator.Send(await ReadStartAsync(definitionId, http, ct), ct);
        return Results.Json(new { workflowInstanceId = result.InstanceId }, EngineJson.Options);
    }

    private static async Task<StartWorkflow> ReadStartAsync(string definitionId, HttpContext http, CancellationToken ct)
    {
        var body = await ReadOptionalBodyAsync(http.Request, ct);
        VersionOptions? versionOptions = null;
        if (body?["versionOptions"] is JsonValue value)
            versionOptions = value.Deserialize<VersionOptions>(EngineJson.Options);
        if (body?["input"] is { } input and not JsonObject)
            throw new CommandRejectedException("input", "input must be a JSON object of named values.");
        var byAutomation = http.User.Identities.Any(i => i.AuthenticationType == AuthSchemes.ApiKey);
        return new StartWorkflow(definitionId, versionOptions ?? VersionOptions.Published, (string?)body?["correlationId"],
            body?["input"]?.DeepClone() as JsonObject, (string?)body?["triggerActivityId"], IsTestRun: !byAutomation);
    }

    /// <summary>Elsa reads the body only when it is JSON; an empty or non-JSON body means "no options".</summary>
    private static async Task<JsonObject?> ReadOptionalBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true) return null;
        if (request.ContentLength == 0) return null;
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: ct) switch
            {
                JsonObject o => o,
                null => null,
                _ => throw new CommandRejectedException("body", "The body must be a JSON object."),
            };
        }
        catch (JsonException e)
        {
            throw new CommandRejectedException("body", $"The body is not valid JSON: {e.Message}");
        }
    }
}
