using System.Security.Claims;
using MediatR;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Engine.Tasks.Commands;
using ReturnWorkflows.Engine.Tasks.Forms;
using ReturnWorkflows.Engine.Tasks.Queries;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Tasks;

/// <summary>
/// The inbox API (<c>/api/tasks</c>). Every rule about who may see or change a task lives in the engine's commands
/// (role and office from the caller's claims); this maps HTTP onto them.
/// </summary>
internal static class TaskEndpoints
{
    /// <summary>Completing twice with the same key answers the first completion again and resumes nothing.</summary>
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/tasks").RequireApiPolicy(Policies.WorkTasks);
        tasks.MapGet("", ListAsync);
        tasks.MapGet("/{taskId}", async (string taskId, ClaimsPrincipal user, IMediator mediator, TaskViews views, CancellationToken ct) =>
            views.Of(await mediator.Send(new GetTask(taskId, user.ToTaskActor()), ct)));
        tasks.MapGet("/{taskId}/form", async (string taskId, ClaimsPrincipal user, IMediator mediator, TaskViews views, CancellationToken ct) =>
        {
            var task = await mediator.Send(new GetTask(taskId, user.ToTaskActor()), ct);
            return await TaskFormView.OfAsync(task, views.Of(task), user, mediator, ct);
        });
        tasks.MapPost("/{taskId}/claim", async (string taskId, ClaimsPrincipal user, IMediator mediator, TaskViews views, CancellationToken ct) =>
            views.Of(await mediator.Send(new ClaimTask(taskId, user.ToTaskActor()), ct)));
        tasks.MapPost("/{taskId}/unassign", async (string taskId, ClaimsPrincipal user, IMediator mediator, TaskViews views, CancellationToken ct) =>
            views.Of(await mediator.Send(new ReassignTask(taskId, user.ToTaskActor(), null), ct)));
        tasks.MapPost("/{taskId}/reassign", ReassignAsync);
        tasks.MapPost("/{taskId}/complete", CompleteAsync);

        app.MapGet("/api/forms/{key}", (string key, IFormCatalog forms) =>
                forms.Find(key) is { } form ? Results.Ok(form) : Results.Problem(statusCode: 404, title: "Not found", detail: $"There is no form '{key}'."))
            .RequireApiPolicy(Policies.WorkTasks);
    }

    private static async Task<TaskListView> ListAsync(
        ClaimsPrincipal user, IMediator mediator, TaskViews views, CancellationToken ct,
        string? view, string? page, string? pageSize)
    {
        var result = await mediator.Send(new TaskInbox(user.ToTaskActor(), InboxViews.Parse(view),
            QueryValues.Int(page, "page") ?? 0, QueryValues.Int(pageSize, "pageSize") ?? 50), ct);
        return new TaskListView(result.Items.Select(views.Of).ToList(), result.Page, result.PageSize);
    }

    private static async Task<TaskView> ReassignAsync(
        string taskId, ClaimsPrincipal user, IMediator mediator, TaskViews views, HttpRequest request, CancellationToken ct)
    {
        var assignee = (await ApiBody.ReadAsync<ReassignTaskRequest>(request, ct)).Assignee;
        if (string.IsNullOrWhiteSpace(assignee))
            throw new CommandRejectedException("assignee", "Name the person to give the task to (to put it back in the queue, use unassign).");
        return views.Of(await mediator.Send(new ReassignTask(taskId, user.ToTaskActor(), assignee), ct));
    }

    private static async Task<CompletionView> CompleteAsync(string taskId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct)
    {
        var body = await ApiBody.ReadAsync<CompleteTaskRequest>(request, ct);
        if (string.IsNullOrWhiteSpace(body.Outcome))
            throw new CommandRejectedException("outcome", "Choose an outcome.");
        var result = await mediator.Send(new CompleteHumanTask(taskId, user.ToTaskActor(), body.Outcome, body.Form,
            user.CompletionKey(request.Headers[IdempotencyHeader].ToString())), ct);
        return new CompletionView(taskId, body.Outcome, result.InstanceId, result.Status.ToString(), result.SubStatus.ToString());
    }
}
