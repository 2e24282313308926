using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;

namespace ReturnWorkflows.Engine.Tasks.Commands;

/// <summary>
/// A supervisor gives a task to someone else, or (with no new assignee) puts it back in the office queue.
/// The change is kept on the task: who moved it, and when.
/// </summary>
public sealed record ReassignTask(string TaskId, TaskActor Actor, string? NewAssignee, string? IdempotencyKey = null)
    : IRequest<HumanTask>, IIdempotentCommand;

public sealed class ReassignTaskValidator : AbstractValidator<ReassignTask>
{
    public ReassignTaskValidator()
    {
        RuleFor(c => c.TaskId).NotEmpty();
        RuleFor(c => c.Actor).NotNull();
        RuleFor(c => c.NewAssignee).MaximumLength(200);
    }
}

public sealed class ReassignTaskHandler(IHumanTaskStore tasks, IUserDirectory users, TimeProvider timeProvider) : IRequestHandler<ReassignTask, HumanTask>
{
    public async Task<HumanTask> Handle(ReassignTask command, CancellationToken cancellationToken)
    {
        var task = await tasks.FindAsync(command.TaskId, cancellationToken)
                   ?? throw new NotFoundException("taskId", $"Task '{command.TaskId}' does not exist.");
        if (!command.Actor.IsSupervisorOf(task))
            throw new ForbiddenException("taskId", "Only a supervisor of the task's office can reassign it.");
        if (task.Status is not (HumanTaskStatus.Open or HumanTaskStatus.Assigned or HumanTaskStatus.Escalated))
            throw new ConflictException("taskId", $"Task '{command.TaskId}' is {task.Status}; it can no longer be reassigned.");
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var assignee = string.IsNullOrWhiteSpace(command.NewAssignee) ? null : command.NewAssignee.Trim();
        if (assignee is not null)
        {
            // Need to know: an office's task goes to someone of that office.
            var person = await users.FindAsync(assignee, cancellationToken)
                         ?? throw new CommandRejectedException("assignee", $"There is no user '{assignee}'.");
            if (task.CandidateOffice is { } office && person.Office != office)
                throw new CommandRejectedException("assignee", $"'{assignee}' does not work for the task's office {office}.");
            assignee = person.UserName;
        }
        task.Assignee = assignee;
        if (task.Status != HumanTaskStatus.Escalated)
            task.Status = assignee is null ? HumanTaskStatus.Open : HumanTaskStatus.Assigned;
        task.ReassignedBy = command.Actor.UserId;
        task.ReassignedAt = task.UpdatedAt = now;
        task.Version++;
        await tasks.SaveChangesAsync(cancellationToken); // the version check refuses a change that raced this one
        return task;
    }
}
