using ReturnWorkflows.Engine.Definitions.Validation;

namespace ReturnWorkflows.Engine.Definitions.Commands;

/// <summary>What Elsa answers to a save or publish: the stored version and what happened to it.</summary>
public sealed record SaveWorkflowDefinitionResult(
    WorkflowDefinitionModel WorkflowDefinition,
    bool AlreadyPublished,
    int ConsumingWorkflowCount,
    IReadOnlyList<WorkflowValidationError> ValidationErrors)
{
    public static SaveWorkflowDefinitionResult For(WorkflowDefinitionVersion version, bool alreadyPublished = false) =>
        new(EditorRevision.Stamp(version.ToModel(), version), alreadyPublished, 0, []);
}
