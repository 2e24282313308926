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

    /// <summary>
    /// What a workflow step reads of the case (<see cref="CaseStepContext"/>), untracked and in one query; a case this
    /// unit of work holds (just opened, or changed by the command running the step) is read as it is in memory.
    /// </summary>
    Task<CaseStepContext?> FindStepContextAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>
    /// The open cases returning to <paramref name="country"/>, tracked, without their persons and records: for a change
    /// of the case's own fields only (<see cref="ReturnCase.FlagCountryStatusChange"/>), so flagging thousands stays cheap.
    /// </summary>
    Task<IReadOnlyList<ReturnCase>> OpenReturningToAsync(string country, CancellationToken cancellationToken);

    /// <summary>The highest sequence an office has given out in <paramref name="year"/> (0 for none).</summary>
    Task<int> LastSequenceAsync(string office, int year, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="userName"/> holds, or once held or completed, a task of the case that is not an office's in its country of return.</summary>
    Task<bool> HasHeldTaskAsync(string caseId, string userName, CancellationToken cancellationToken);

    /// <summary>
    /// The cases matching <paramref name="search"/> among those <paramref name="visibility"/> admits, newest first; a
    /// task still open and due before <paramref name="now"/> makes its case overdue.
    /// </summary>
    Task<IReadOnlyList<CaseSummary>> SearchAsync(CaseSearch search, CaseVisibility visibility, DateTime now, CancellationToken cancellationToken);
}

/// <param name="Text">A case number, or part of a person's given or family name (any case).</param>
/// <param name="Vulnerability">Cases with a person recorded with it (a sensitive kind only for those who may see it).</param>
/// <param name="OverdueOnly">Cases with a task still open past its due date.</param>
/// <param name="Flag">Cases carrying this flag.</param>
public sealed record CaseSearch(string? Office, string? CountryOfReturn, CaseStatus? Status, string? Text, int Page, int PageSize,
    VulnerabilityKind? Vulnerability = null, bool OverdueOnly = false, CaseFlag? Flag = null, CaseStage? Stage = null, string? ProgrammeId = null);

/// <summary>A case as a list shows it: no section beyond the principal applicant's name.</summary>
public sealed record CaseSummary(
    string Id, string Number, string HostOffice, string CountryOfReturn, string ProgrammeId, CaseStatus Status,
    string PrincipalName, int PersonCount, DateTime CreatedAt, int Version, bool Overdue = false, bool CountryStatusChanged = false,
    CaseStage Stage = CaseStage.Intake);

/// <param name="OriginOffice">The office receiving returnees in the country of return (one that hosts no migrants first).</param>
/// <param name="LastReachedAt">The latest logged contact that reached someone of the case; null when none has.</param>
/// <param name="ClosureProposedAt">When a closure still waiting for a manager's decision was proposed.</param>
public sealed record CaseStepContext(string CaseId, string HostOffice, string CountryOfReturn, string? OriginOffice, CaseGateFacts Gates,
    DateTime OpenedAt = default, DateTime? LastReachedAt = null, DateTime? ClosureProposedAt = null, DateOnly? FlightDay = null,
    DateTime? MonitoringPlannedAt = null, Engine.Runtime.Cases.PlannedContact? NextMonitoringContact = null);
