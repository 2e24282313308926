using System.Text.Json.Nodes;
using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Activities.Events;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;
using ReturnWorkflows.Engine.Runtime.Execution;

namespace ReturnWorkflows.Engine.Runtime.Commands;

/// <summary>Reports a task requested by a Run task activity as done: its instance resumes with the result, exactly once.</summary>
public sealed record CompleteTask(string TaskId, JsonNode? Result = null, string? IdempotencyKey = null)
    : IRequest<WorkflowRunResult>, IIdempotentCommand;

public sealed class CompleteTaskValidator : AbstractValidator<CompleteTask>
{
    public CompleteTaskValidator() => RuleFor(c => c.TaskId).NotEmpty();
}

public sealed class CompleteTaskHandler(IWorkflowInstanceStore instances, InstanceSteps steps) : IRequestHandler<CompleteTask, WorkflowRunResult>
{
    public async Task<WorkflowRunResult> Handle(CompleteTask command, CancellationToken cancellationToken)
    {
        var hash = BookmarkHash.Compute("Elsa.RunTask", new JsonObject { ["taskId"] = command.TaskId });
        var bookmark = (await instances.FindBookmarksAsync(hash, null, null, cancellationToken)).SingleOrDefault()
                       ?? throw new NotFoundException("taskId", $"No workflow waits for task '{command.TaskId}': it was completed already, or never requested.");
        return await steps.ResumeAsync(bookmark.Id, new JsonObject { [RunTask.ResultInputKey] = command.Result?.DeepClone() }, cancellationToken);
    }
}
