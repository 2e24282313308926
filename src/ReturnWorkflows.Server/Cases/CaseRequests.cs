using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Server.Cases;

/// <summary>
/// <c>POST /api/cases</c>: intake. The principal applicant and each member come with their data-processing consent.
/// The host office defaults to the caller's own; <c>isTest</c> opens a practice case, left out of the reports.
/// </summary>
internal sealed record OpenCaseRequest(string? HostOffice, string CountryOfReturn, string ProgrammeId, NewPerson Principal, IReadOnlyList<NewPerson>? Members,
    bool IsTest = false);

/// <summary><c>PUT /api/cases/{id}</c>: the case section.</summary>
internal sealed record EditCaseRequest(int Version, string CountryOfReturn);

/// <summary><c>PUT /api/cases/{id}/persons/{personId}</c>: one person's details, as a whole.</summary>
internal sealed record EditPersonRequest(int Version, PersonDetails Details);

/// <summary><c>POST /api/cases/{id}/persons</c>: a member joins, with their consent.</summary>
internal sealed record AddMemberRequest(int Version, NewPerson Member);

/// <summary><c>POST /api/cases/{id}/persons/{personId}/consents</c>: a consent given or withdrawn.</summary>
internal sealed record RecordConsentRequest(int Version, ConsentStatement Consent);

/// <summary><c>POST /api/cases/{id}/persons/{personId}/vulnerabilities</c>.</summary>
internal sealed record RecordVulnerabilityRequest(int Version, VulnerabilityKind Kind, string Findings);

/// <summary><c>POST /api/cases/{id}/protection-screen</c>.</summary>
internal sealed record RecordProtectionScreenRequest(int Version, ProtectionIndicators Indicators, string? Notes);

/// <summary><c>POST /api/cases/{id}/persons/{personId}/best-interests-determination</c>.</summary>
internal sealed record RecordDeterminationRequest(int Version, string Authority, DateOnly? DeterminedOn);

/// <summary><c>POST /api/cases/{id}/country-clearance</c>.</summary>
internal sealed record RecordCountryClearanceRequest(int Version, string? Note);

/// <summary><c>POST /api/cases/{id}/eligibility/proposal</c>.</summary>
internal sealed record ProposeEligibilityRequest(int Version, EligibilityCriteria Criteria, string? Note);

/// <summary><c>POST /api/cases/{id}/eligibility/decision</c>.</summary>
internal sealed record DecideEligibilityRequest(int Version, bool Approve, string? Note);

/// <summary><c>POST /api/cases/{id}/milestones</c>: departed, arrived or plan approved on a date, for the persons named (or everyone taking part).</summary>
internal sealed record RecordMilestoneRequest(int Version, Milestone Milestone, DateOnly On, IReadOnlyList<string>? PersonIds);

/// <summary><c>POST /api/cases/{id}/flags/clearance</c>: a supervisor clears a flag (<c>CountryStatusChanged</c>).</summary>
internal sealed record ClearCaseFlagRequest(int Version, CaseFlag Flag);

/// <summary><c>PUT /api/cases/{id}/planned-departure</c>: null when the day is no longer known.</summary>
internal sealed record PlanDepartureRequest(int Version, DateOnly? PlannedDeparture);
