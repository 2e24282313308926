namespace ReturnWorkflows.Engine.Definitions;

/// <summary>
/// Versions of workflow definitions. Returned entities are tracked: changes made through their methods
/// are written by <see cref="SaveChangesAsync"/>, inside the caller's unit of work.
/// </summary>
public interface IWorkflowDefinitionStore
{
    Task<WorkflowDefinitionVersion?> FindAsync(string definitionId, VersionOptions versionOptions, CancellationToken cancellationToken);
    Task<WorkflowDefinitionVersion?> FindByIdAsync(string versionId, CancellationToken cancellationToken);
    Task<IReadOnlyList<WorkflowDefinitionVersion>> FindManyAsync(string definitionId, VersionOptions versionOptions, CancellationToken cancellationToken);

    /// <summary>The highest version number stored for the definition, 0 when it has none.</summary>
    Task<int> GetHighestVersionAsync(string definitionId, CancellationToken cancellationToken);

    void Add(WorkflowDefinitionVersion version);
    void Remove(WorkflowDefinitionVersion version);
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
