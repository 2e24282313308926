namespace ReturnWorkflows.Cases.Documents;

/// <summary>The documents' metadata rows; Infrastructure maps it onto a table. Changes are saved with the command.</summary>
public interface ICaseDocumentStore
{
    void Add(CaseDocument document);

    /// <summary>One document of one case, deleted or not, tracked for a change; null when the case has no such document.</summary>
    Task<CaseDocument?> FindAsync(string caseId, string documentId, CancellationToken cancellationToken);

    /// <summary>The case's documents that are not deleted, newest first.</summary>
    Task<IReadOnlyList<CaseDocument>> ForCaseAsync(string caseId, CancellationToken cancellationToken);
}
