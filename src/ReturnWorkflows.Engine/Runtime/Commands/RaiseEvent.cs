using System.Text.Json.Nodes;
using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Activities.Events;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;
using ReturnWorkflows.Engine.Runtime.Execution;

namespace ReturnWorkflows.Engine.Runtime.Commands;

/// <summary>
/// Delivers a named event to the instances waiting for it (narrowed by instance or correlation id), in one commit.
/// Our deliberate deviation from Elsa: when nothing waits for it, the event is refused (404) instead of being queued
/// and silently dropped later.
/// </summary>
public sealed record RaiseEvent(string EventName, string? CorrelationId = null, string? InstanceId = null, JsonObject? Payload = null, string? IdempotencyKey = null)
    : IRequest<IReadOnlyList<WorkflowRunResult>>, IIdempotentCommand;

public sealed class RaiseEventValidator : AbstractValidator<RaiseEvent>
{
    public RaiseEventValidator() => RuleFor(c => c.EventName).NotEmpty().MaximumLength(200);
}

public sealed class RaiseEventHandler(IWorkflowInstanceStore instances, InstanceSteps steps)
    : IRequestHandler<RaiseEvent, IReadOnlyList<WorkflowRunResult>>
{
    public async Task<IReadOnlyList<WorkflowRunResult>> Handle(RaiseEvent command, CancellationToken cancellationToken)
    {
        var hash = BookmarkHash.Compute("Elsa.Event", new JsonObject { ["eventName"] = command.EventName });
        var bookmarks = await instances.FindBookmarksAsync(hash, command.CorrelationId, command.InstanceId, cancellationToken);
        if (bookmarks.Count == 0)
            throw new NotFoundException("eventName", $"No workflow instance waits for the event '{command.EventName}'" +
                (command.InstanceId is not null ? $" in instance '{command.InstanceId}'" : command.CorrelationId is not null ? $" with correlation id '{command.CorrelationId}'" : "") + ".");
        return await steps.DeliverAsync(new PublishedEvent(command.EventName, command.CorrelationId, command.InstanceId, command.Payload), cancellationToken);
    }
}
