using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Application.Idempotency;

namespace ReturnWorkflows.Engine.Definitions.Commands;

/// <summary>Saves a definition as the latest draft and, with <see cref="Publish"/>, publishes it (Elsa's POST /workflow-definitions).</summary>
/// <param name="ExplicitSave">The person pressed Save, rather than the designer auto-saving.</param>
public sealed record SaveWorkflowDefinition(WorkflowDefinitionModel Model, bool Publish, string? IdempotencyKey = null, bool ExplicitSave = false)
    : IRequest<SaveWorkflowDefinitionResult>, IIdempotentCommand;

public sealed class SaveWorkflowDefinitionValidator : AbstractValidator<SaveWorkflowDefinition>
{
    public SaveWorkflowDefinitionValidator()
    {
        RuleFor(c => c.Model).NotNull().WithMessage("The workflow definition is missing.");
        RuleFor(c => c.Model.Root).NotNull().When(c => c.Model is not null).WithMessage("The workflow definition has no root activity.");
        RuleFor(c => c.Model.Name).MaximumLength(200).When(c => c.Model is not null);
        RuleFor(c => c.Model.DefinitionId).MaximumLength(100).Matches("^[A-Za-z0-9._:-]*$")
            .When(c => c.Model is not null && c.Model.DefinitionId is not null)
            .WithMessage("A definition id may hold only letters, digits and . _ : - (at most 100 characters).");
    }
}

public sealed class SaveWorkflowDefinitionHandler(WorkflowDefinitionPublisher publisher)
    : IRequestHandler<SaveWorkflowDefinition, SaveWorkflowDefinitionResult>
{
    public async Task<SaveWorkflowDefinitionResult> Handle(SaveWorkflowDefinition command, CancellationToken cancellationToken)
    {
        // What a person saves is theirs: it no longer counts as the shipped version.
        var model = WorkflowDefinitionJson.Clone(command.Model);
        model.CustomProperties.Remove(ShippedWorkflows.ShippedVersionProperty);
        var loaded = EditorRevision.Take(model);
        var version = await publisher.SaveAsync(model, command.Publish, cancellationToken, basedOn: loaded, explicitSave: command.ExplicitSave);
        return SaveWorkflowDefinitionResult.For(version);
    }
}
