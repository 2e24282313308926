using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;

namespace ReturnWorkflows.Engine.Definitions.Commands;

/// <summary>Brings back a draft as one of its saves left it: it becomes the latest draft again (nothing is published).</summary>
public sealed record RestoreDefinitionRevision(string DefinitionId, string RevisionId, string? IdempotencyKey = null)
    : IRequest<SaveWorkflowDefinitionResult>, IIdempotentCommand;

public sealed class RestoreDefinitionRevisionValidator : AbstractValidator<RestoreDefinitionRevision>
{
    public RestoreDefinitionRevisionValidator()
    {
        RuleFor(c => c.DefinitionId).NotEmpty();
        RuleFor(c => c.RevisionId).NotEmpty();
    }
}

public sealed class RestoreDefinitionRevisionHandler(IWorkflowDefinitionStore store, WorkflowDefinitionPublisher publisher)
    : IRequestHandler<RestoreDefinitionRevision, SaveWorkflowDefinitionResult>
{
    public async Task<SaveWorkflowDefinitionResult> Handle(RestoreDefinitionRevision command, CancellationToken cancellationToken)
    {
        var revision = await store.FindRevisionAsync(command.RevisionId, cancellationToken);
        if (revision is null || revision.DefinitionId != command.DefinitionId)
            throw new NotFoundException("revisionId", $"Workflow definition '{command.DefinitionId}' has no revision '{command.RevisionId}'.");
        var model = WorkflowDefinitionJson.Parse(revision.Content);
        model.DefinitionId = command.DefinitionId;
        var draft = await publisher.SaveAsync(model, publish: false, cancellationToken);
        await publisher.AuditAsync(DefinitionAction.RevisionRestored, command.DefinitionId, draft, cancellationToken);
        return SaveWorkflowDefinitionResult.For(draft);
    }
}
