using ReturnWorkflows.Cases.ReferenceData;

namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// The preconditions a case step may declare, as codes. They are rules of the case, not of the drawing: a step whose
/// gate is unmet waits (whatever a manager draws), and the aggregate refuses the step's fact until it is met.
/// </summary>
public static class CaseGates
{
    public const string ProtectionScreen = "protection-screen";
    public const string VulnerabilityAssessment = "vulnerability-assessment";
    public const string ChildDetermination = "child-determination";
    public const string GuardianConsent = "guardian-consent";
    public const string CountryClearance = "country-clearance";
    public const string EligibilityProposal = "eligibility-proposal";

    /// <summary>For the travel-document steps: every person's consent before their embassy is asked.</summary>
    public const string EmbassyContactConsent = "embassy-contact-consent";

    /// <summary>For the booking: everyone taking part holds a travel document.</summary>
    public const string TravelDocument = "travel-document";

    /// <summary>For the pre-departure steps: the household is booked on a flight.</summary>
    public const string Booking = "booking";

    /// <summary>For the departure: the origin office accepted the case.</summary>
    public const string Handover = "handover";

    /// <summary>For the departure: where a medical need is recorded, the booked flight's fit-to-travel check found them fit.</summary>
    public const string FitToTravel = "fit-to-travel";

    /// <summary>For the approval above the cap: met unless an approved plan above the programme's cap waits for its approver.</summary>
    public const string CapApproval = "cap-approval";

    /// <summary>For a survey step: a sustainability survey of that round is recorded (a reopened case's monitoring does not ask again).</summary>
    public const string BaselineSurvey = "baseline-survey";

    public const string EndlineSurvey = "endline-survey";

    public static IReadOnlyList<string> All { get; } =
        [ProtectionScreen, VulnerabilityAssessment, ChildDetermination, GuardianConsent, CountryClearance, EligibilityProposal, EmbassyContactConsent,
        TravelDocument, Booking, FitToTravel, Handover, CapApproval, BaselineSurvey, EndlineSurvey];

    /// <summary>What eligibility is decided on: protection before eligibility (domain.md, lifecycle step 3).</summary>
    public static IReadOnlyList<string> BeforeEligibilityProposal { get; } = [ProtectionScreen, VulnerabilityAssessment];

    public static IReadOnlyList<string> BeforeEligibilityApproval { get; } =
        [ProtectionScreen, VulnerabilityAssessment, ChildDetermination, GuardianConsent, CountryClearance, EligibilityProposal];

    /// <summary>The gates among <paramref name="gates"/> that <paramref name="facts"/> leave unmet, in the order given.</summary>
    public static IReadOnlyList<string> Unmet(CaseGateFacts facts, IEnumerable<string> gates) => gates.Where(g => !IsMet(facts, g)).ToList();

    public static bool IsMet(CaseGateFacts facts, string gate) => gate switch
    {
        ProtectionScreen => facts.ProtectionScreened,
        // Only concerns (from the screen or a sensitive finding) call for the full assessment.
        VulnerabilityAssessment => facts.ProtectionScreened && (!facts.ConcernsFound || facts.VulnerabilityAssessed),
        ChildDetermination => !facts.ChildWithoutDetermination,
        GuardianConsent => !facts.ChildWithoutGuardianConsent,
        CountryClearance => facts.CountryStatus != ReturnStatus.CaseByCase || facts.CountryCleared,
        EligibilityProposal => facts.EligibilityProposed,
        EmbassyContactConsent => !facts.PersonWithoutEmbassyConsent,
        TravelDocument => !facts.ParticipantWithoutTravelDocument,
        Booking => facts.Booked,
        FitToTravel => !facts.MedicalNeed || facts.BookedFitToTravel,
        Handover => facts.HandoverAccepted,
        CapApproval => !facts.PlanAwaitingCapApproval,
        BaselineSurvey => facts.BaselineSurveyed,
        EndlineSurvey => facts.EndlineSurveyed,
        _ => throw new ArgumentOutOfRangeException(nameof(gate), gate, "Not a case gate."),
    };

    /// <summary>The English sentence a refusal gives for an unmet gate (pages show their own translated label).</summary>
    public static string Describe(string gate) => gate switch
    {
        ProtectionScreen => "the protection screen is not done",
        VulnerabilityAssessment => "the protection screen found concerns and the vulnerability assessment is not done",
        ChildDetermination => "an unaccompanied or separated child has no recorded best-interests determination",
        GuardianConsent => "an unaccompanied or separated child has no guardian consent (or it was withdrawn)",
        CountryClearance => "returns to the country are decided case by case and this case has no clearance",
        EligibilityProposal => "nobody has proposed eligibility",
        EmbassyContactConsent => "not everyone has consented to the embassy being contacted",
        TravelDocument => "not everyone taking part has a travel document",
        Booking => "the household is not booked on a flight",
        FitToTravel => "a medical need is recorded and no fit-to-travel check of the booked flight found them fit",
        Handover => "the origin office has not accepted the case",
        CapApproval => "the reintegration plan is above the programme's cap and waits for its approver",
        BaselineSurvey => "no baseline sustainability survey is recorded",
        EndlineSurvey => "no sustainability survey at the end of monitoring is recorded",
        _ => gate,
    };
}

/// <summary>
/// What the gates are decided from: codes and yes/no only, no personal data. Built from the aggregate
/// (<see cref="ReturnCase.GateFacts"/>) or by one query for the step context; both feed <see cref="CaseGates.IsMet"/>.
/// </summary>
public sealed record CaseGateFacts(
    bool ProtectionScreened,
    bool ConcernsFound,
    bool VulnerabilityAssessed,
    bool ChildWithoutDetermination,
    bool ChildWithoutGuardianConsent,
    bool PersonWithoutEmbassyConsent,
    ReturnStatus CountryStatus,
    bool CountryCleared,
    bool EligibilityProposed,
    bool ParticipantWithoutTravelDocument = false,
    bool Booked = false,
    bool MedicalNeed = false,
    bool BookedFitToTravel = false,
    bool HandoverAccepted = false,
    bool PlanAwaitingCapApproval = false,
    bool BaselineSurveyed = false,
    bool EndlineSurveyed = false);
