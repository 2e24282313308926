using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Views;

/// <summary>
/// A case as one viewer may see it. <see cref="Sections"/> lists what the answer holds; a section the viewer may not
/// see is absent (its rows are not in the lists), never masked.
/// </summary>
public sealed record CaseView(
    string Id, string Number, string HostOffice, string CountryOfReturn, string ProgrammeId, CaseStatus Status,
    ClosureReason? ClosureReason, DateTime CreatedAt, string CreatedBy, DateTime UpdatedAt, string UpdatedBy, int Version,
    IReadOnlyList<PersonView> Persons, IReadOnlyList<string> Sections, CounsellingView? Counselling = null,
    IReadOnlyList<AssessmentView>? Assessments = null, IReadOnlyList<WaitingStepView>? WaitingFor = null, ClosureView? Closure = null,
    CountryStatusFlag? CountryStatusFlag = null, bool AsOriginOffice = false);

/// <summary>A protection or eligibility step recorded on the case; the sensitive kinds only for the protection roles.</summary>
public sealed record AssessmentView(string Id, string? PersonId, AssessmentKind Kind, string Outcome, string? Reference, string? Details,
    DateTime RecordedAt, string RecordedBy);

/// <summary>A step of the case's workflow that makes no task yet: it waits for these gates (codes, still unmet now).</summary>
public sealed record WaitingStepView(string WorkflowInstanceId, string ActivityId, IReadOnlyList<string> Gates, DateTime Since);

/// <param name="Withdrawal">Set when the person dropped the return; the case goes on with the others.</param>
/// <param name="RetentionFlaggedAt">When they withdrew their consent to data processing (nothing more is recorded about them).</param>
public sealed record PersonView(
    string Id, bool IsPrincipal, PersonDetails Details, IReadOnlyList<ConsentView> Consents, IReadOnlyList<VulnerabilityView> Vulnerabilities,
    WithdrawalView? Withdrawal = null, DateTime? RetentionFlaggedAt = null);

public sealed record WithdrawalView(WithdrawalReason Reason, string? Note, DateTime At, string By);

/// <summary>A proposed closure waiting for a manager, and who closed the case when it is closed.</summary>
public sealed record ClosureView(ClosureProposal? Proposal, DateTime? ClosedAt, string? ClosedBy);

public sealed record ConsentView(
    string Id, ConsentKind Kind, ConsentDecision Decision, ConsentMethod Method, string Language, string? Interpreter, string? Guardian,
    DateTime RecordedAt, string RecordedBy);

public sealed record VulnerabilityView(string Id, VulnerabilityKind Kind, string Findings, DateTime RecordedAt, string RecordedBy);

/// <summary>What a saved change answers: the case's new version, for the next save.</summary>
public sealed record CaseSaved(string CaseId, int Version);

/// <summary>What an intake answers. No personal data: it is also what a retried request with the same key gets back.</summary>
public sealed record OpenedCase(string CaseId, string Number, int Version, string? WorkflowInstanceId);
