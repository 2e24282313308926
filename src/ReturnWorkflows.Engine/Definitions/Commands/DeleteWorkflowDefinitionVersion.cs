using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;

namespace ReturnWorkflows.Engine.Definitions.Commands;

/// <summary>
/// Deletes one old version. The latest and the published version stay (delete the definition, or publish another
/// first), and a version that instances ran on stays: the database refuses it (409) so their history keeps its graph.
/// </summary>
public sealed record DeleteWorkflowDefinitionVersion(string VersionId, string? IdempotencyKey = null)
    : IRequest<Unit>, IIdempotentCommand;

public sealed class DeleteWorkflowDefinitionVersionValidator : AbstractValidator<DeleteWorkflowDefinitionVersion>
{
    public DeleteWorkflowDefinitionVersionValidator() => RuleFor(c => c.VersionId).NotEmpty();
}

public sealed class DeleteWorkflowDefinitionVersionHandler(IWorkflowDefinitionStore store, WorkflowDefinitionPublisher publisher)
    : IRequestHandler<DeleteWorkflowDefinitionVersion, Unit>
{
    public async Task<Unit> Handle(DeleteWorkflowDefinitionVersion command, CancellationToken cancellationToken)
    {
        var version = await store.FindByIdAsync(command.VersionId, cancellationToken)
                      ?? throw new NotFoundException("id", $"No workflow definition version '{command.VersionId}' exists.");
        await store.LockAsync(version.DefinitionId, cancellationToken);
        if (version.IsLatest || version.IsPublished)
            throw new ConflictException("id", $"Version {version.Version} of '{version.DefinitionId}' is the latest or the published one; it cannot be deleted on its own.");
        store.Remove(version);
        await store.SaveChangesAsync(cancellationToken);
        await publisher.AuditAsync(DefinitionAction.VersionDeleted, version.DefinitionId, version, cancellationToken);
        return Unit.Value;
    }
}
