namespace ReturnWorkflows.Engine.Definitions.Queries;

/// <summary>A page of definition versions, as the designer's definition list asks for it.</summary>
public sealed record DefinitionListQuery(
    VersionOptions? VersionOptions,
    IReadOnlyList<string>? DefinitionIds,
    IReadOnlyList<string>? Ids,
    string? SearchTerm,
    bool? IsSystem,
    DefinitionOrder OrderBy,
    bool Descending,
    int Page,
    int PageSize);

public enum DefinitionOrder { Name, CreatedAt, Version }

public sealed record DefinitionListPage(IReadOnlyList<WorkflowDefinitionVersion> Items, int TotalCount);

/// <summary>Per version: how many instances are still running on it (publishing never moves them).</summary>
public sealed record RunningInstanceCount(string DefinitionVersionId, int Count);

public interface IWorkflowDefinitionQueries
{
    Task<DefinitionListPage> ListAsync(DefinitionListQuery query, CancellationToken cancellationToken);

    /// <summary>Is <paramref name="name"/> free, ignoring the definition <paramref name="exceptDefinitionId"/> (being renamed)?</summary>
    Task<bool> IsNameUniqueAsync(string name, string? exceptDefinitionId, CancellationToken cancellationToken);

    Task<IReadOnlyList<RunningInstanceCount>> CountRunningInstancesAsync(IReadOnlyCollection<string> definitionIds, CancellationToken cancellationToken);
}
