using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Application.Idempotency;

namespace ReturnWorkflows.Engine.Definitions.Commands;

/// <summary>Publishes the latest version; an already published one is left alone and reported so.</summary>
public sealed record PublishWorkflowDefinition(string DefinitionId, string? IdempotencyKey = null)
    : IRequest<SaveWorkflowDefinitionResult>, IIdempotentCommand;

public sealed class PublishWorkflowDefinitionValidator : AbstractValidator<PublishWorkflowDefinition>
{
    public PublishWorkflowDefinitionValidator() => RuleFor(c => c.DefinitionId).NotEmpty();
}

public sealed class PublishWorkflowDefinitionHandler(WorkflowDefinitionPublisher publisher)
    : IRequestHandler<PublishWorkflowDefinition, SaveWorkflowDefinitionResult>
{
    public async Task<SaveWorkflowDefinitionResult> Handle(PublishWorkflowDefinition command, CancellationToken cancellationToken)
    {
        var (version, alreadyPublished) = await publisher.PublishAsync(command.DefinitionId, cancellationToken);
        return SaveWorkflowDefinitionResult.For(version, alreadyPublished);
    }
}
