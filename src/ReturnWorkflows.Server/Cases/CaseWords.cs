using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Server.Cases;

/// <summary>The case's codes as the pages write them for people (plain English until the pages are localised).</summary>
public static class CaseWords
{
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

    /// <summary>Born on a date, or about a year when the person does not know it.</summary>
    public static string BornOf(PersonDetails details) =>
        details.DateOfBirth is { } born ? born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : details.EstimatedBirthYear is { } year ? $"about {year} (estimated)" : "—";

    public static string NameOf(PersonDetails details) => $"{details.GivenNames} {details.FamilyName}";
}
