using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;

namespace ReturnWorkflows.Engine.Definitions.Commands;

/// <summary>
/// Makes an older version the starting point again: its model becomes the latest draft (overwriting a draft, or as
/// a new version after a published one), as Elsa's revert does. Nothing is published until someone publishes.
/// </summary>
public sealed record RevertWorkflowDefinition(string DefinitionId, int Version, string? IdempotencyKey = null)
    : IRequest<SaveWorkflowDefinitionResult>, IIdempotentCommand;

public sealed class RevertWorkflowDefinitionValidator : AbstractValidator<RevertWorkflowDefinition>
{
    public RevertWorkflowDefinitionValidator()
    {
        RuleFor(c => c.DefinitionId).NotEmpty();
        RuleFor(c => c.Version).GreaterThan(0);
    }
}

public sealed class RevertWorkflowDefinitionHandler(IWorkflowDefinitionStore store, WorkflowDefinitionPublisher publisher)
    : IRequestHandler<RevertWorkflowDefinition, SaveWorkflowDefinitionResult>
{
    public async Task<SaveWorkflowDefinitionResult> Handle(RevertWorkflowDefinition command, CancellationToken cancellationToken)
    {
        var source = await store.FindAsync(command.DefinitionId, VersionOptions.SpecificVersion(command.Version), cancellationToken)
                     ?? throw new NotFoundException("version", $"Workflow definition '{command.DefinitionId}' has no version {command.Version}.");
        var draft = await publisher.SaveAsync(source.ToModel(), publish: false, cancellationToken);
        await publisher.AuditAsync(DefinitionAction.Reverted, command.DefinitionId, draft, cancellationToken);
        return SaveWorkflowDefinitionResult.For(draft);
    }
}
