using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Application.Idempotency;

namespace ReturnWorkflows.Engine.Runtime.Commands;

/// <summary>
/// An operator runs a faulted activity again (after fixing what made it fail); its incidents are marked resolved and
/// the instance carries on, keeping the waits it had. The alternative is <see cref="CancelWorkflow"/>.
/// </summary>
public sealed record RetryFaultedActivity(string InstanceId, string? ActivityInstanceId = null, string? IdempotencyKey = null)
    : IRequest<WorkflowRunResult>, IIdempotentCommand;

public sealed class RetryFaultedActivityValidator : AbstractValidator<RetryFaultedActivity>
{
    public RetryFaultedActivityValidator() => RuleFor(c => c.InstanceId).NotEmpty();
}

public sealed class RetryFaultedActivityHandler(InstanceSteps steps) : IRequestHandler<RetryFaultedActivity, WorkflowRunResult>
{
    public Task<WorkflowRunResult> Handle(RetryFaultedActivity command, CancellationToken cancellationToken) =>
        steps.RetryAsync(command.InstanceId, command.ActivityInstanceId, cancellationToken);
}
