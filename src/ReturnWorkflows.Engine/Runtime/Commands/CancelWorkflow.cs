using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Application.Idempotency;

namespace ReturnWorkflows.Engine.Runtime.Commands;

/// <summary>Cancels a running instance: its bookmarks (timers included) are removed, so nothing fires for it again.</summary>
public sealed record CancelWorkflow(string InstanceId, string? IdempotencyKey = null) : IRequest<WorkflowRunResult>, IIdempotentCommand;

public sealed class CancelWorkflowValidator : AbstractValidator<CancelWorkflow>
{
    public CancelWorkflowValidator() => RuleFor(c => c.InstanceId).NotEmpty();
}

public sealed class CancelWorkflowHandler(InstanceSteps steps) : IRequestHandler<CancelWorkflow, WorkflowRunResult>
{
    public Task<WorkflowRunResult> Handle(CancelWorkflow command, CancellationToken cancellationToken) =>
        steps.CancelAsync(command.InstanceId, cancellationToken);
}
