namespace ReturnWorkflows.Cases.Audit;

/// <summary>The append-only audit trail; entries are saved with the command that made them.</summary>
public interface ICaseAuditLog
{
    void Add(IEnumerable<CaseAuditEntry> entries);

    Task<IReadOnlyList<CaseAuditEntry>> ForCaseAsync(string caseId, CancellationToken cancellationToken);
}
