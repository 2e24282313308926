namespace ReturnWorkflows.Engine.Definitions;

/// <summary>
/// Versions of workflow definitions. Returned entities are tracked: changes made through their methods
/// are written by <see cref="SaveChangesAsync"/>, inside the caller's unit of work.
/// </summary>
public interface IWorkflowDefinitionStore
{
    /// <summary>
    /// Serialises writers of one definition until the transaction ends, so "read the latest, then write the next"
    /// cannot interleave between nodes. The unique indexes stay the last line of defence.
    /// </summary>
    Task LockAsync(string definitionId, CancellationToken cancellationToken);

    Task<WorkflowDefinitionVersion?> FindAsync(string definitionId, VersionOptions versionOptions, CancellationToken cancellationToken);
    Task<WorkflowDefinitionVersion?> FindByIdAsync(string versionId, CancellationToken cancellationToken);

    /// <summary>A version's revision alone (null when it is gone): enough to find its graph in the cache.</summary>
    Task<int?> RevisionOfAsync(string versionId, CancellationToken cancellationToken);
    Task<IReadOnlyList<WorkflowDefinitionVersion>> FindManyAsync(string definitionId, VersionOptions versionOptions, CancellationToken cancellationToken);

    /// <summary>The highest version number stored for the definition, 0 when it has none.</summary>
    Task<int> GetHighestVersionAsync(string definitionId, CancellationToken cancellationToken);

    void Add(WorkflowDefinitionVersion version);
    void Add(DefinitionRevision revision);
    void Add(DefinitionAuditEntry entry);

    Task<DefinitionRevision?> FindRevisionAsync(string revisionId, CancellationToken cancellationToken);
    Task<DefinitionRevision?> FindLastRevisionAsync(string versionId, CancellationToken cancellationToken);
    void Remove(WorkflowDefinitionVersion version);
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
