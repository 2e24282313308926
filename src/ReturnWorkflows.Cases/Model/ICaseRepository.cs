using ReturnWorkflows.Cases.Access;

namespace ReturnWorkflows.Cases.Model;

/// <summary>Cases as the handlers load and save them; Infrastructure maps it onto case tables.</summary>
public interface ICaseRepository
{
    void Add(ReturnCase returnCase);

    /// <summary>The whole aggregate (persons, consents, vulnerabilities), tracked for changes.</summary>
    Task<ReturnCase?> FindAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>Whether any case exists at all (the demo cases go only into an empty case table).</summary>
    Task<bool> AnyAsync(CancellationToken cancellationToken);

    /// <summary>The highest sequence an office has given out in <paramref name="year"/> (0 for none).</summary>
    Task<int> LastSequenceAsync(string office, int year, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="userName"/> holds, or once held or completed, a task of the case.</summary>
    Task<bool> HasHeldTaskAsync(string caseId, string userName, CancellationToken cancellationToken);

    /// <summary>The cases matching <paramref name="search"/> among those <paramref name="visibility"/> admits, newest first.</summary>
    Task<IReadOnlyList<CaseSummary>> SearchAsync(CaseSearch search, CaseVisibility visibility, CancellationToken cancellationToken);
}

/// <param name="Text">A case number, or part of a person's given or family name (any case).</param>
public sealed record CaseSearch(string? Office, string? CountryOfReturn, CaseStatus? Status, string? Text, int Page, int PageSize);

/// <summary>A case as a list shows it: no section beyond the principal applicant's name.</summary>
public sealed record CaseSummary(
    string Id, string Number, string HostOffice, string CountryOfReturn, string ProgrammeId, CaseStatus Status,
    string PrincipalName, int PersonCount, DateTime CreatedAt, int Version);
