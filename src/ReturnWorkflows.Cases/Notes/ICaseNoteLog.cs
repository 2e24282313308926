namespace ReturnWorkflows.Cases.Notes;

/// <summary>The notes of the cases; Infrastructure maps it onto a table. Notes are saved with the command that wrote them.</summary>
public interface ICaseNoteLog
{
    void Add(CaseNote note);

    /// <summary>One case's notes, newest first.</summary>
    Task<IReadOnlyList<CaseNote>> ForCaseAsync(string caseId, CancellationToken cancellationToken);
}
