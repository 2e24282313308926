namespace ReturnWorkflows.Engine.Definitions;

/// <summary>
/// A draft as one save left it. The designer auto-saves on every change, so a draft is overwritten often; each save
/// is kept here and can be listed and restored.
/// </summary>
public sealed class DefinitionRevision
{
    public required string Id { get; init; }
    public required string DefinitionId { get; init; }
    public required string VersionId { get; init; }
    public required int Version { get; init; }
    /// <summary>The version row's revision counter after this save.</summary>
    public required int Revision { get; init; }
    public required string Content { get; init; }
    public required string SavedBy { get; init; }
    public required DateTime SavedAt { get; init; }
    /// <summary>The person pressed Save (rather than the designer auto-saving): a point they meant to keep, which ends an editing burst.</summary>
    public bool IsExplicitSave { get; init; }
}

/// <summary>Who published, retracted, deleted, imported, reverted or restored which version, and when.</summary>
public sealed class DefinitionAuditEntry
{
    public required string Id { get; init; }
    public required string DefinitionId { get; init; }
    public string? VersionId { get; init; }
    public int? Version { get; init; }
    public required DefinitionAction Action { get; init; }
    public required string Actor { get; init; }
    public required DateTime At { get; init; }
}

public enum DefinitionAction { Published, Retracted, Deleted, VersionDeleted, Imported, Reverted, RevisionRestored }
