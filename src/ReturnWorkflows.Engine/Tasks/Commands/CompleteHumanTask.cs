using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Tasks.Forms;

namespace ReturnWorkflows.Engine.Tasks.Commands;

/// <summary>
/// Completes a task with the outcome the person chose and what they filled in. The task, the form data (on the task row,
/// or, for an activity type with an <see cref="ITaskAnswersHandler"/>, wherever that applies them) and the workflow's
/// resumption commit together; a retry with the same idempotency key gets the first answer.
/// </summary>
public sealed record CompleteHumanTask(string TaskId, TaskActor Actor, string Outcome, JsonObject? Form = null, string? IdempotencyKey = null)
    : IRequest<WorkflowRunResult>, IIdempotentCommand;

public sealed class CompleteHumanTaskValidator : AbstractValidator<CompleteHumanTask>
{
    public CompleteHumanTaskValidator()
    {
        RuleFor(c => c.TaskId).NotEmpty();
        RuleFor(c => c.Actor).NotNull();
        RuleFor(c => c.Outcome).NotEmpty().MaximumLength(100);
    }
}

public sealed class CompleteHumanTaskHandler(IHumanTaskStore tasks, IWorkflowInstanceStore instances, InstanceSteps steps, IFormCatalog forms, TimeProvider timeProvider,
    IEnumerable<ITaskAnswersHandler> answerHandlers)
    : IRequestHandler<CompleteHumanTask, WorkflowRunResult>
{
    public async Task<WorkflowRunResult> Handle(CompleteHumanTask command, CancellationToken cancellationToken)
    {
        // Lock order: the instance first, then its task, as everywhere; the task is read once, under the lock.
        var instance = await instances.LockForTaskAsync(command.TaskId, cancellationToken)
                       ?? throw new NotFoundException("taskId", $"Task '{command.TaskId}' does not exist.");
        var task = await tasks.FindAsync(command.TaskId, cancellationToken)
                   ?? throw new NotFoundException("taskId", $"Task '{command.TaskId}' does not exist.");
        if (task.Status is not (HumanTaskStatus.Open or HumanTaskStatus.Assigned or HumanTaskStatus.Escalated))
            throw new ConflictException("taskId", $"Task '{command.TaskId}' is {task.Status}; it can no longer be completed.");
        var mine = task.Assignee == command.Actor.UserId
                   || (task.Assignee is null && command.Actor.IsCandidateFor(task))
                   || command.Actor.IsSupervisorOf(task);
        if (!mine)
            throw new ForbiddenException("taskId", "This task is assigned to someone else.");
        var allowed = JsonSerializer.Deserialize<string[]>(task.Outcomes) ?? [];
        if (!allowed.Contains(command.Outcome, StringComparer.Ordinal))
            throw new CommandRejectedException("outcome", $"'{command.Outcome}' is not an outcome of this task; choose one of: {string.Join(", ", allowed)}.");
        // A form key the server does not know keeps the data unchecked (bounded in size): the case must not stall.
        var formErrors = FormDataValidator.Validate(task.FormKey is { } key ? forms.Find(key) : null, command.Form);
        if (formErrors.Count > 0)
            throw new CommandValidationException(formErrors);

        // An activity type with a handler (a case activity) applies the answers where they belong, in this unit of work;
        // they then stay off the task row and out of the workflow, which gets only the handler's steering values.
        var waits = await steps.WaitingOnAsync(instance, task.BookmarkId, cancellationToken);
        var handler = answerHandlers.FirstOrDefault(h => h.ActivityType == waits.ActivityType);
        var steering = handler is null ? null
            : await handler.ApplyAsync(new TaskAnswers(task, instance.CaseId, command.Actor, command.Outcome, command.Form), cancellationToken);

        var now = timeProvider.GetUtcNow().UtcDateTime;
        task.Status = HumanTaskStatus.Completed;
        task.Assignee ??= command.Actor.UserId;
        task.CompletedAt = task.UpdatedAt = now;
        task.CompletedBy = command.Actor.UserId;
        task.Outcome = command.Outcome;
        task.FormData = handler is null ? command.Form?.ToJsonString() : null;
        task.Version++;
        // Not saved here: the task's row goes with the step's rows and the idempotency record, in the commit's one batch.

        var input = new JsonObject
        {
            [HumanTaskActivity.OutcomeInputKey] = command.Outcome,
            [HumanTaskActivity.FormInputKey] = handler is null ? command.Form?.DeepClone() : null,
            [HumanTaskActivity.CompletedByInputKey] = command.Actor.UserId,
            [HumanTaskActivity.SteeringInputKey] = steering?.DeepClone(),
        };
        // A handler may have moved the instance on (a case gate it met released another branch's wait): then the
        // bookmarks are read again; otherwise what was read above under the lock still holds.
        return await steps.ResumeOnLockedInstanceAsync(instance, task.BookmarkId, input, cancellationToken, handler is null ? waits : null,
            writeWithCommit: true);
    }
}
