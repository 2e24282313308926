using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;
using ReturnWorkflows.Engine.Runtime;

namespace ReturnWorkflows.Engine.Definitions.Commands;

/// <summary>
/// Deletes every version of a definition. Our deliberate deviation from Elsa: a definition that has instances
/// is refused (409) instead of taking its cases' history with it.
/// </summary>
public sealed record DeleteWorkflowDefinition(string DefinitionId, string? IdempotencyKey = null)
    : IRequest<DeleteWorkflowDefinitionResult>, IIdempotentCommand;

public sealed record DeleteWorkflowDefinitionResult(int DeletedVersions);

public sealed class DeleteWorkflowDefinitionValidator : AbstractValidator<DeleteWorkflowDefinition>
{
    public DeleteWorkflowDefinitionValidator() => RuleFor(c => c.DefinitionId).NotEmpty();
}

public sealed class DeleteWorkflowDefinitionHandler(IWorkflowDefinitionStore store, IWorkflowInstanceQueries instances, WorkflowDefinitionPublisher publisher)
    : IRequestHandler<DeleteWorkflowDefinition, DeleteWorkflowDefinitionResult>
{
    public async Task<DeleteWorkflowDefinitionResult> Handle(DeleteWorkflowDefinition command, CancellationToken cancellationToken)
    {
        await store.LockAsync(command.DefinitionId, cancellationToken);
        var versions = await store.FindManyAsync(command.DefinitionId, VersionOptions.AllVersions, cancellationToken);
        if (versions.Count == 0)
            throw new NotFoundException("definitionId", $"No workflow definition '{command.DefinitionId}' exists.");
        var instanceCount = await instances.CountByDefinitionAsync(command.DefinitionId, cancellationToken);
        if (instanceCount > 0)
            throw new ConflictException("definitionId",
                $"Workflow definition '{command.DefinitionId}' has {instanceCount} instance(s); retract it instead, so their history is kept.");
        foreach (var version in versions)
            store.Remove(version);
        await store.SaveChangesAsync(cancellationToken);
        await publisher.AuditAsync(DefinitionAction.Deleted, command.DefinitionId, null, cancellationToken);
        return new DeleteWorkflowDefinitionResult(versions.Count);
    }
}
