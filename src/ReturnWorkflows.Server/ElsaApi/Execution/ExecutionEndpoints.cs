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
using ReturnWorkflows.Server.Designer;
using ReturnWorkflows.Server.ElsaApi.Definitions;
using ReturnWorkflows.Server.ElsaApi.Instances;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.ElsaApi.Execution;

/// <summary>
/// Starting and resuming from outside: the designer's Run button (execute), dispatch, Run-task completion and events.
/// A start by a person in the designer (bearer token) is a test run, kept out of case lists and reports (a case
/// workflow's on a practice case of its own, <see cref="PracticeCaseRuns"/>); a start by automation (API key) is real.
/// </summary>
internal static class ExecutionEndpoints
{
    public static void MapExecutionEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/workflow-definitions/{definitionId}/execute", ExecuteAsync).RequireApiPolicy(Policies.DesignWorkflows);
        // Elsa serves the same start as GET, its values in the query string (input as JSON).
        api.MapGet("/workflow-definitions/{definitionId}/execute", ExecuteAsync).RequireApiPolicy(Policies.DesignWorkflows);
        api.MapPost("/workflow-definitions/{definitionId}/dispatch", DispatchAsync).RequireApiPolicy(Policies.DesignWorkflows);
        api.MapPost("/tasks/{taskId}/complete", async (string taskId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadOptionalAsync(request, ct);
                await mediator.Send(new CompleteTask(taskId, body?["result"]?.DeepClone()), ct);
                return Results.Ok();
            })
            .RequireApiPolicy(Policies.OperateWorkflows);
        api.MapPost("/events/{eventName}/trigger", async (string eventName, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadOptionalAsync(request, ct);
                await mediator.Send(new RaiseEvent(eventName, (string?)body?["correlationId"], (string?)body?["workflowInstanceId"], body?["input"] as JsonObject), ct);
                return Results.Ok();
            })
            .RequireApiPolicy(Policies.OperateWorkflows);
    }

    private static async Task<IResult> ExecuteAsync(string definitionId, HttpContext http, IMediator mediator, ReturnWorkflowsDbContext db,
        PracticeCaseRuns practice, CancellationToken ct)
    {
        var start = await practice.WithPracticeCaseAsync(await ReadStartAsync(definitionId, http, ct), http.User, ct);
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
        var view = (await InstanceEndpoints.LoadAsync(db, result.InstanceId, ct))!;
        var answer = new JsonObject { ["workflowState"] = view["workflowState"]!.DeepClone() };
        return Results.Json(answer, EngineJson.Options, statusCode: result.SubStatus == WorkflowSubStatus.Faulted ? 500 : 200);
    }

    private static async Task<IResult> DispatchAsync(string definitionId, HttpContext http, IMediator mediator, PracticeCaseRuns practice, CancellationToken ct)
    {
        // Our steps are short and transactional: the first one runs before the answer, so the id names an instance
        // that exists (Elsa answers first and creates it in the background).
        var result = await mediator.Send(await practice.WithPracticeCaseAsync(await ReadStartAsync(definitionId, http, ct), http.User, ct), ct);
        return Results.Json(new { workflowInstanceId = result.InstanceId }, EngineJson.Options);
    }

    private static async Task<StartWorkflow> ReadStartAsync(string definitionId, HttpContext http, CancellationToken ct)
    {
        var body = HttpMethods.IsGet(http.Request.Method) ? StartFromQuery(http.Request.Query) : await JsonBody.ReadOptionalAsync(http.Request, ct);
        VersionOptions? versionOptions = null;
        if (body?["versionOptions"] is JsonValue value)
            versionOptions = value.Deserialize<VersionOptions>(EngineJson.Options);
        if (body?["input"] is { } input and not JsonObject)
            throw new CommandRejectedException("input", "input must be a JSON object of named values.");
        var byAutomation = http.User.Identities.Any(i => i.AuthenticationType == AuthSchemes.ApiKey);
        return new StartWorkflow(definitionId, versionOptions ?? VersionOptions.Published, (string?)body?["correlationId"],
            body?["input"]?.DeepClone() as JsonObject, (string?)body?["triggerActivityId"], IsTestRun: !byAutomation,
            TestRunBy: byAutomation ? null : http.User.Identity?.Name);
    }

    /// <summary>A GET start's query string as the body a POST would carry; <c>input</c> is a JSON object in one value.</summary>
    private static JsonObject StartFromQuery(IQueryCollection query)
    {
        var body = new JsonObject();
        foreach (var name in new[] { "versionOptions", "correlationId", "triggerActivityId" })
            if (query[name].ToString() is { Length: > 0 } value)
                body[name] = value;
        if (query["input"].ToString() is { Length: > 0 } input)
        {
            try { body["input"] = JsonNode.Parse(input); }
            catch (JsonException) { throw new CommandRejectedException("input", "input must be a JSON object of named values."); }
        }
        return body;
    }
}
