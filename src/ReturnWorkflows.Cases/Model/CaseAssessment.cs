namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// A recorded step of protection and eligibility: a screen, an assessment, a determination by an authority, a
/// clearance, an eligibility proposal or decision. Rows are never changed: a new screen or decision is a new row, so
/// the history shows what was known when. <see cref="Details"/> is free text that may hold the most sensitive facts
/// of the case: it never reaches the audit trail's values or a log line.
/// </summary>
public sealed class CaseAssessment
{
    private CaseAssessment() { }

    internal CaseAssessment(string id, string caseId, int sequence, string? personId, AssessmentKind kind, string outcome, string? reference, string? details,
        DateTime recordedAt, string recordedBy)
    {
        Id = id;
        CaseId = caseId;
        Sequence = sequence;
        PersonId = personId;
        Kind = kind;
        Outcome = outcome;
        Reference = reference;
        Details = details;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public string Id { get; private set; } = "";
    public string CaseId { get; private set; } = "";

    /// <summary>Its place among the case's assessments, 1 first: what "latest" means, even for two recorded in one instant.</summary>
    public int Sequence { get; private set; }

    /// <summary>The person it is about, for a determination; null when it is about the case.</summary>
    public string? PersonId { get; private set; }

    public AssessmentKind Kind { get; private set; }

    /// <summary>A code: <see cref="AssessmentOutcomes"/>.</summary>
    public string Outcome { get; private set; } = "";

    /// <summary>A code the outcome is about: the country cleared, the authority that determined, the screen's indicators.</summary>
    public string? Reference { get; private set; }

    public string? Details { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    /// <summary>Whether it reveals a sensitive finding (trafficking, medical, child protection) and so is shown only to the protection roles.</summary>
    public bool IsSensitive => Kind is not (AssessmentKind.CountryClearance or AssessmentKind.EligibilityProposal or AssessmentKind.EligibilityDecision);
}

public enum AssessmentKind
{
    ProtectionScreen,
    VulnerabilityAssessment,
    BestInterestsDetermination,
    RiskAssessment,
    HealthAssessment,
    CountryClearance,
    EligibilityProposal,
    EligibilityDecision,
}

public static class AssessmentOutcomes
{
    public const string NoConcerns = "NoConcerns";
    public const string ConcernsFound = "ConcernsFound";
    public const string Done = "Done";
    public const string Cleared = "Cleared";
    public const string Eligible = "Eligible";
    public const string NotEligible = "NotEligible";
    public const string Approved = "Approved";
    public const string Refused = "Refused";
}
