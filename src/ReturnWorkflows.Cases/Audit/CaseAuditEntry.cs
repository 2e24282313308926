namespace ReturnWorkflows.Cases.Audit;

public enum AuditAction
{
    Read,
    Created,
    Changed,
}

/// <summary>
/// One line of a case's audit trail: who read which sections, or who changed which field from what to what. Rows are
/// only ever added (the database refuses to save a changed or deleted one). Sensitive values are not kept: the row
/// says the field changed.
/// </summary>
public sealed class CaseAuditEntry
{
    public long Id { get; private set; }
    public required string CaseId { get; init; }
    public required DateTime At { get; init; }
    public required string Actor { get; init; }
    public required AuditAction Action { get; init; }

    /// <summary>For a read, the sections shown, comma-separated; for a change, the section changed.</summary>
    public required string Section { get; init; }

    public string? Field { get; init; }
    public string? OldValue { get; init; }
    public string? NewValue { get; init; }
}
