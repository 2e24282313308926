namespace ReturnWorkflows.Cases.Contacts;

/// <summary>The contact logs of the cases; Infrastructure maps it onto a table. Entries are saved with the command that made them.</summary>
public interface ICaseContactLog
{
    void Add(CaseContact contact);

    /// <summary>One case's contacts, newest first.</summary>
    Task<IReadOnlyList<CaseContact>> ForCaseAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>
    /// The latest contact per case, for the lost-contact check: of the given cases (all with a contact when null),
    /// each with the time of its latest attempt and of its latest attempt that reached someone. A case with no
    /// contact at all is not in the answer.
    /// </summary>
    Task<IReadOnlyList<LastContact>> LatestPerCaseAsync(IReadOnlyCollection<string>? caseIds, CancellationToken cancellationToken);
}

/// <param name="LastReachedAt">Null when no attempt has reached anyone of the case yet.</param>
public sealed record LastContact(string CaseId, DateTime LastAttemptAt, DateTime? LastReachedAt);
