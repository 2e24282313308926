using System.Globalization;
using Microsoft.Extensions.Localization;
using ReturnWorkflows.Cases.Contacts;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;

namespace ReturnWorkflows.Server.Cases;

/// <summary>
/// The case's codes as the pages write them for people: the English words, which are the keys of their translations in
/// <c>Resources/SharedResource.&lt;culture&gt;.resx</c> (a view writes <c>S[CaseWords.Of(x)]</c>), so an enum's
/// <c>ToString()</c> never reaches a page and every page names a value the same way.
/// </summary>
public static class CaseWords
{
    public static string Of(CaseStage stage) => stage switch
    {
        CaseStage.Intake => "Intake",
        CaseStage.Counselled => "Counselled",
        CaseStage.DecidedToReturn => "Decided to return",
        CaseStage.Eligible => "Eligible",
        CaseStage.TravelDocumentObtained => "Travel document obtained",
        CaseStage.Departed => "Departed",
        CaseStage.Arrived => "Arrived",
        CaseStage.PlanApproved => "Plan approved",
        CaseStage.Closed => "Closed",
        _ => stage.ToString(),
    };

    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.Open => "Open",
        CaseStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string Of(ConsentDecision decision) => decision switch
    {
        ConsentDecision.Given => "Given",
        ConsentDecision.Withdrawn => "Withdrawn",
        _ => decision.ToString(),
    };

    public static string Of(ContactChannel channel) => channel switch
    {
        ContactChannel.Visit => "Visit",
        ContactChannel.Phone => "Phone",
        ContactChannel.Messaging => "Messaging",
        _ => channel.ToString(),
    };

    /// <summary>A country's return status, as the intake's country list notes it (nothing when returns are open).</summary>
    public static string? NoteOf(ReturnStatus status) => status switch
    {
        ReturnStatus.Suspended => "returns suspended",
        ReturnStatus.CaseByCase => "returns case by case",
        _ => null,
    };

    public static string Of(AssessmentKind kind) => kind switch
    {
        AssessmentKind.ProtectionScreen => "Protection screen",
        AssessmentKind.VulnerabilityAssessment => "Vulnerability assessment",
        AssessmentKind.BestInterestsDetermination => "Best-interests determination",
        AssessmentKind.RiskAssessment => "Risk assessment",
        AssessmentKind.HealthAssessment => "Health assessment",
        AssessmentKind.CountryClearance => "Country clearance",
        AssessmentKind.EligibilityProposal => "Eligibility proposal",
        AssessmentKind.EligibilityDecision => "Eligibility decision",
        _ => kind.ToString(),
    };

    /// <summary>An assessment's outcome (<see cref="AssessmentOutcomes"/>); an unknown code is shown as it is.</summary>
    public static string OutcomeOf(string outcome) => outcome switch
    {
        AssessmentOutcomes.NoConcerns => "No concerns",
        AssessmentOutcomes.ConcernsFound => "Concerns found",
        AssessmentOutcomes.Done => "Done",
        AssessmentOutcomes.Cleared => "Cleared",
        AssessmentOutcomes.Eligible => "Eligible",
        AssessmentOutcomes.NotEligible => "Not eligible",
        AssessmentOutcomes.Approved => "Approved",
        AssessmentOutcomes.Refused => "Refused",
        _ => outcome,
    };

    public static string Of(ReturnDecision decision) => decision switch
    {
        ReturnDecision.DecidedToReturn => "Decided to return",
        ReturnDecision.NeedsTime => "Needs time",
        ReturnDecision.Declined => "Declined",
        _ => decision.ToString(),
    };

    public static string Of(IntakeReviewResult result) => result switch
    {
        IntakeReviewResult.Complete => "Complete",
        IntakeReviewResult.NeedsCorrection => "Needs correction",
        _ => result.ToString(),
    };

    /// <summary>What a waiting step lacks, as "Waiting for: …" names it (the page translates it).</summary>
    public static string GateLabel(string gate) => gate switch
    {
        CaseGates.ProtectionScreen => "protection screen",
        CaseGates.VulnerabilityAssessment => "vulnerability assessment",
        CaseGates.ChildDetermination => "best-interests determination",
        CaseGates.GuardianConsent => "guardian consent",
        CaseGates.CountryClearance => "country clearance",
        CaseGates.EligibilityProposal => "eligibility proposal",
        CaseGates.EmbassyContactConsent => "embassy-contact consent",
        CaseGates.TravelDocument => "travel documents",
        CaseGates.Booking => "flight booking",
        CaseGates.FitToTravel => "fit-to-travel check",
        CaseGates.Handover => "the origin office's acceptance",
        CaseGates.CapApproval => "approval above the cap",
        _ => gate,
    };

    public static string Of(Relationship relationship) => relationship switch
    {
        Relationship.PrincipalApplicant => "Principal applicant",
        Relationship.Spouse => "Spouse or partner",
        Relationship.Child => "Child",
        Relationship.Parent => "Parent",
        Relationship.Sibling => "Brother or sister",
        Relationship.OtherRelative => "Other relative",
        Relationship.NotRelated => "Not related",
        _ => relationship.ToString(),
    };

    public static string Of(Sex sex) => sex switch
    {
        Sex.Female => "Female",
        Sex.Male => "Male",
        Sex.NotRecorded => "Not recorded",
        _ => sex.ToString(),
    };

    public static string Of(ConsentMethod method) => method switch
    {
        ConsentMethod.Written => "Written",
        ConsentMethod.VerbalCertified => "Verbal, certified by the case worker",
        _ => method.ToString(),
    };

    public static string Of(ConsentKind kind) => kind switch
    {
        ConsentKind.DataProcessing => "Processing of their data",
        ConsentKind.TransferToOriginOfficeAndPartners => "Transfer to the origin office and partners",
        ConsentKind.ContactEmbassy => "Contacting their embassy",
        ConsentKind.ReturnDeclaration => "Return declaration",
        ConsentKind.GuardianConsentForChild => "Guardian's consent for the child",
        _ => kind.ToString(),
    };

    public static string Of(VulnerabilityKind kind) => kind switch
    {
        VulnerabilityKind.UnaccompaniedOrSeparatedChild => "Unaccompanied or separated child",
        VulnerabilityKind.SuspectedVictimOfTrafficking => "Suspected victim of trafficking",
        VulnerabilityKind.MedicalNeeds => "Medical needs",
        VulnerabilityKind.Disability => "Disability",
        VulnerabilityKind.OlderPerson => "Older person",
        VulnerabilityKind.SingleParent => "Single parent",
        VulnerabilityKind.Other => "Other",
        _ => kind.ToString(),
    };

    /// <summary>Why a case closes (domain.md, step 12).</summary>
    public static string Of(ClosureReason reason) => reason switch
    {
        ClosureReason.SupportPeriodEnded => "Support period ended",
        ClosureReason.CriteriaNoLongerMet => "Criteria no longer met",
        ClosureReason.ReturneeOptedOut => "Returnee opted out",
        ClosureReason.MovedAway => "Moved away",
        ClosureReason.ReMigrated => "Re-migrated",
        ClosureReason.Died => "Died",
        ClosureReason.Ineligible => "Ineligible",
        ClosureReason.WithdrewBeforeDeparture => "Withdrew before departure",
        ClosureReason.LostContactBeforeDeparture => "Lost contact before departure",
        ClosureReason.NoShow => "Did not show up for departure",
        _ => reason.ToString(),
    };

    public static string Of(WithdrawalReason reason) => reason switch
    {
        WithdrawalReason.ChangedMind => "Changed their mind",
        WithdrawalReason.FamilyReasons => "Family reasons",
        WithdrawalReason.SafetyConcernsInCountryOfReturn => "Safety concerns in the country of return",
        WithdrawalReason.RightToStayObtained => "Obtained a right to stay",
        WithdrawalReason.LeftTheHostCountry => "Left the host country",
        WithdrawalReason.Other => "Other",
        _ => reason.ToString(),
    };

    public static string Of(ReintegrationItemKind kind) => kind switch
    {
        ReintegrationItemKind.ImmediateCash => "Cash on arrival",
        ReintegrationItemKind.TemporaryHousing => "Temporary housing",
        ReintegrationItemKind.MedicalCare => "Medical care",
        ReintegrationItemKind.MicroBusiness => "Micro-business",
        ReintegrationItemKind.Employment => "Employment",
        ReintegrationItemKind.VocationalTraining => "Vocational training",
        ReintegrationItemKind.Housing => "Housing",
        ReintegrationItemKind.Education => "Education",
        ReintegrationItemKind.LegalAid => "Legal aid",
        ReintegrationItemKind.Childcare => "Childcare",
        ReintegrationItemKind.Security => "Security",
        _ => kind.ToString(),
    };

    public static string Of(ReintegrationCategory category) => category switch
    {
        ReintegrationCategory.Immediate => "Immediate",
        ReintegrationCategory.Economic => "Economic",
        ReintegrationCategory.Social => "Social",
        _ => category.ToString(),
    };

    public static string Of(SupportModality modality) => modality == SupportModality.Cash ? "Cash" : "In kind";

    public static string Of(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Draft",
        PlanStatus.Submitted => "Waiting for approval",
        PlanStatus.AwaitingCapApproval => "Waiting for approval above the cap",
        PlanStatus.Approved => "Approved",
        PlanStatus.Declined => "Support declined",
        _ => status.ToString(),
    };

    public static string Of(VisitStatus status) => status switch
    {
        VisitStatus.Planned => "Planned",
        VisitStatus.Held => "Held",
        VisitStatus.NotReached => "Not reached",
        VisitStatus.AfterProgrammeEnd => "After the programme's end",
        _ => status.ToString(),
    };

    /// <summary>An enum's name as words ("PhoneCall" → "Phone call"): how a task form shows a choice, then translated.</summary>
    public static string Spaced(string name) =>
        string.Concat(name.Select((ch, i) => i > 0 && char.IsUpper(ch) ? " " + char.ToLowerInvariant(ch) : ch.ToString()));

    public static string Of(LegalStatusKind status) => status switch
    {
        LegalStatusKind.AsylumPending => "Asylum claim pending",
        LegalStatusKind.AsylumRejected => "Asylum claim rejected",
        LegalStatusKind.ReturnDecision => "Return decision",
        LegalStatusKind.Detained => "Detained",
        LegalStatusKind.IrregularStay => "Irregular stay",
        _ => "Other",
    };

    public static string Of(DeadlineChange change) => change switch
    {
        DeadlineChange.Set => "Set",
        DeadlineChange.Extended => "Extended",
        _ => "Changed",
    };

    public static string Of(MonitoringChannel channel) => channel == MonitoringChannel.PhoneCall ? "Phone call" : "Visit";

    public static string Of(SurveyRound round) => round == SurveyRound.Baseline ? "Baseline" : "End of monitoring";

    /// <summary>Born on a date (the culture's short date), or about a year when the person does not know it.</summary>
    public static string BornOf(PersonDetails details, IStringLocalizer text) =>
        details.DateOfBirth is { } born ? born.ToString("d", CultureInfo.CurrentCulture)
        : details.EstimatedBirthYear is { } year ? text["about {0} (estimated)", year.ToString(CultureInfo.InvariantCulture)] : "—";

    public static string NameOf(PersonDetails details) => $"{details.GivenNames} {details.FamilyName}";
}
