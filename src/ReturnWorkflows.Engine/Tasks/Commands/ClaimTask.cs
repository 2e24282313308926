using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;

namespace ReturnWorkflows.Engine.Tasks.Commands;

/// <summary>Takes an open task: it becomes the actor's. Two claims at once: one wins, the other is told.</summary>
public sealed record ClaimTask(string TaskId, TaskActor Actor, string? IdempotencyKey = null) : IRequest<HumanTask>, IIdempotentCommand;

public sealed class ClaimTaskValidator : AbstractValidator<ClaimTask>
{
    public ClaimTaskValidator()
    {
        RuleFor(c => c.TaskId).NotEmpty();
        RuleFor(c => c.Actor).NotNull();
    }
}

public sealed class ClaimTaskHandler(IHumanTaskStore tasks, TimeProvider timeProvider) : IRequestHandler<ClaimTask, HumanTask>
{
    public async Task<HumanTask> Handle(ClaimTask command, CancellationToken cancellationToken)
    {
        var task = await tasks.FindAsync(command.TaskId, cancellationToken)
                   ?? throw new NotFoundException("taskId", $"Task '{command.TaskId}' does not exist.");
        if (!command.Actor.IsCandidateFor(task))
            throw new ForbiddenException("taskId", "This task is for another role or office.");
        if (!await tasks.TryClaimAsync(task.Id, command.Actor.UserId, timeProvider.GetUtcNow().UtcDateTime, cancellationToken))
            throw new ConflictException("taskId", $"Task '{command.TaskId}' is no longer open: someone else took it, or it was completed or cancelled.");
        return task; // the store has set the claim on it
    }
}
