using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Application.Idempotency;

namespace ReturnWorkflows.Engine.Definitions.Commands;

/// <summary>Retracts the published version: running instances go on; no new ones start from it.</summary>
public sealed record RetractWorkflowDefinition(string DefinitionId, string? IdempotencyKey = null)
    : IRequest<WorkflowDefinitionModel>, IIdempotentCommand;

public sealed class RetractWorkflowDefinitionValidator : AbstractValidator<RetractWorkflowDefinition>
{
    public RetractWorkflowDefinitionValidator() => RuleFor(c => c.DefinitionId).NotEmpty();
}

public sealed class RetractWorkflowDefinitionHandler(WorkflowDefinitionPublisher publisher)
    : IRequestHandler<RetractWorkflowDefinition, WorkflowDefinitionModel>
{
    public async Task<WorkflowDefinitionModel> Handle(RetractWorkflowDefinition command, CancellationToken cancellationToken) =>
        (await publisher.RetractAsync(command.DefinitionId, cancellationToken)).ToModel();
}
