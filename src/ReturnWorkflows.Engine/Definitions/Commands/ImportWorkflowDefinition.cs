using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;

namespace ReturnWorkflows.Engine.Definitions.Commands;

/// <summary>
/// Imports a definition file as Elsa exports it. Like Elsa, it is saved as the latest version and published
/// when the file says <c>isPublished: true</c>.
/// </summary>
public sealed record ImportWorkflowDefinition(string Json, string? IdempotencyKey = null)
    : IRequest<SaveWorkflowDefinitionResult>, IIdempotentCommand;

public sealed class ImportWorkflowDefinitionValidator : AbstractValidator<ImportWorkflowDefinition>
{
    public ImportWorkflowDefinitionValidator() =>
        RuleFor(c => c.Json).NotEmpty().WithMessage("The file is empty.");
}

public sealed class ImportWorkflowDefinitionHandler(WorkflowDefinitionPublisher publisher)
    : IRequestHandler<ImportWorkflowDefinition, SaveWorkflowDefinitionResult>
{
    public async Task<SaveWorkflowDefinitionResult> Handle(ImportWorkflowDefinition command, CancellationToken cancellationToken)
    {
        WorkflowDefinitionModel model;
        try { model = WorkflowDefinitionJson.Parse(command.Json); }
        catch (WorkflowJsonException e) { throw new CommandRejectedException(e.Path is null ? "json" : "json" + e.Path.TrimStart('$'), e.Message); }
        model.Extra?.Remove(ExportFormat.SchemaProperty); // a property of the file, not of the definition
        EditorRevision.Take(model); // a file is not an editing session
        if (model.Root is null)
            throw new CommandRejectedException("json.root", "The file has no root activity: it is not an Elsa 3 workflow definition.");

        var version = await publisher.SaveAsync(model, model.IsPublished, cancellationToken);
        await publisher.AuditAsync(DefinitionAction.Imported, version.DefinitionId, version, cancellationToken);
        return SaveWorkflowDefinitionResult.For(version);
    }
}
