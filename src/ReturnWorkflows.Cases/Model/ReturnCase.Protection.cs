using ReturnWorkflows.Cases.ReferenceData;

namespace ReturnWorkflows.Cases.Model;

// Protection and vulnerability (domain.md, lifecycle step 3): they decide whether return is possible, so eligibility
// waits for them. The gates are computed here, from the case as it is.
public sealed partial class ReturnCase
{
    private readonly List<CaseAssessment> _assessments = [];

    public IReadOnlyList<CaseAssessment> Assessments => _assessments;

    /// <summary>The persons recorded as unaccompanied or separated children: each needs a determination and guardian consent.</summary>
    public IEnumerable<Person> UnaccompaniedChildren =>
        _persons.Where(p => p.Vulnerabilities.Any(v => v.Kind == VulnerabilityKind.UnaccompaniedOrSeparatedChild));

    public CaseGateFacts GateFacts(ReturnStatus countryStatus)
    {
        var latestScreen = Latest(AssessmentKind.ProtectionScreen);
        var children = UnaccompaniedChildren.ToList();
        return new CaseGateFacts(
            ProtectionScreened: latestScreen is not null,
            ConcernsFound: latestScreen?.Outcome == AssessmentOutcomes.ConcernsFound || _persons.Any(p => p.Vulnerabilities.Any(v => v.IsSensitive)),
            VulnerabilityAssessed: Latest(AssessmentKind.VulnerabilityAssessment) is not null,
            ChildWithoutDetermination: children.Any(c => !_assessments.Any(a => a.Kind == AssessmentKind.BestInterestsDetermination && a.PersonId == c.Id)),
            ChildWithoutGuardianConsent: children.Any(c => !c.HasConsented(ConsentKind.GuardianConsentForChild)),
            // Only who travels is revealed to the embassy: someone who withdrew from the return needs no consent to it.
            PersonWithoutEmbassyConsent: Participants.Any(p => p.MayBeProcessed && !p.HasConsented(ConsentKind.ContactEmbassy)),
            CountryStatus: countryStatus,
            CountryCleared: _assessments.Any(a => a.Kind == AssessmentKind.CountryClearance && a.Reference == CountryOfReturn),
            EligibilityProposed: PendingEligibilityProposal is not null,
            ParticipantWithoutTravelDocument: Participants.Any(p => p.TravelDocumentObtainedAt is null),
            Booked: ActiveBooking is not null,
            MedicalNeed: HasMedicalNeed,
            BookedFitToTravel: ActiveBooking?.FitToTravel == true,
            HandoverAccepted: AcceptedBy is not null,
            PlanAwaitingCapApproval: ReintegrationPlan?.Status == PlanStatus.AwaitingCapApproval,
            BaselineSurveyed: _surveyResponses.Any(r => r.Round == SurveyRound.Baseline),
            EndlineSurveyed: _surveyResponses.Any(r => r.Round == SurveyRound.Endline));
    }

    /// <summary>The unmet gates among <paramref name="gates"/>, in that order.</summary>
    public IReadOnlyList<string> UnmetGates(IEnumerable<string> gates, ReturnStatus countryStatus) => CaseGates.Unmet(GateFacts(countryStatus), gates);

    /// <summary>Refuses a step while any of its gates is unmet, naming them all.</summary>
    public void RequireGates(IEnumerable<string> gates, ReturnStatus countryStatus, string field, string step)
    {
        var unmet = UnmetGates(gates, countryStatus);
        if (unmet.Count > 0)
            throw new CaseRuleException(field, $"{step} cannot be recorded yet: {string.Join("; ", unmet.Select(CaseGates.Describe))}.");
    }

    /// <summary>A first screening; any indicator means concerns, and the full vulnerability assessment follows.</summary>
    public CaseAssessment RecordProtectionScreen(ProtectionIndicators indicators, string? notes, DateTime at, string by)
    {
        RequireOpen();
        var outcome = indicators.Any ? AssessmentOutcomes.ConcernsFound : AssessmentOutcomes.NoConcerns;
        return AddAssessment(null, AssessmentKind.ProtectionScreen, outcome, indicators.Codes, notes, at, by);
    }

    /// <summary>
    /// The full assessment after a screen with concerns: each confirmed finding becomes a vulnerability of the persons
    /// it concerns (the children: those under 18), with its follow-up recorded beside it.
    /// </summary>
    public CaseAssessment RecordVulnerabilityAssessment(VulnerabilityAssessmentFacts facts, DateTime at, string by)
    {
        RequireOpen();
        if (Latest(AssessmentKind.ProtectionScreen) is null)
            throw new CaseRuleException("form", "Record the protection screen before the vulnerability assessment.");
        var today = DateOnly.FromDateTime(at);
        if (facts.Child is { } child)
        {
            var minors = _persons.Where(p => p.Details.IsChildOn(today)).ToList();
            if (minors.Count == 0)
                throw new CaseRuleException("form.childFinding", "Nobody in the case is under 18 by their date of birth; correct the dates of birth or the finding.");
            foreach (var minor in minors)
            {
                if (!minor.Vulnerabilities.Any(v => v.Kind == VulnerabilityKind.UnaccompaniedOrSeparatedChild))
                    RecordVulnerability(minor.Id, VulnerabilityKind.UnaccompaniedOrSeparatedChild, "Confirmed by the vulnerability assessment.", at, by);
                if (child.DeterminationBy is { } authority)
                    RecordBestInterestsDetermination(minor.Id, authority, child.DeterminedOn!.Value, at, by);
                if (child.Guardian is { } guardian)
                    RecordConsent(minor.Id, new ConsentStatement(ConsentKind.GuardianConsentForChild, ConsentDecision.Given, child.GuardianConsentMethod,
                        child.Language, null, guardian), at, by);
            }
        }
        if (facts.TraffickingRiskAssessment is { } risk)
        {
            RecordVulnerability(Principal.Id, VulnerabilityKind.SuspectedVictimOfTrafficking, "Confirmed by the vulnerability assessment.", at, by);
            AddAssessment(null, AssessmentKind.RiskAssessment, AssessmentOutcomes.Done, null, risk, at, by);
        }
        if (facts.HealthAssessment is { } health)
        {
            RecordVulnerability(Principal.Id, VulnerabilityKind.MedicalNeeds, "Confirmed by the vulnerability assessment.", at, by);
            AddAssessment(null, AssessmentKind.HealthAssessment, AssessmentOutcomes.Done, null, health, at, by);
        }
        return AddAssessment(null, AssessmentKind.VulnerabilityAssessment, facts.Outcome, null, facts.Notes, at, by);
    }

    /// <summary>A best-interests determination made by the guardian or social-welfare authority: recorded here, not made by us.</summary>
    public CaseAssessment RecordBestInterestsDetermination(string personId, string authority, DateOnly determinedOn, DateTime at, string by)
    {
        RequireOpen();
        PersonNamed(personId);
        if (string.IsNullOrWhiteSpace(authority))
            throw new CaseRuleException("authority", "Name the guardian or social-welfare authority that made the determination.");
        if (determinedOn > DateOnly.FromDateTime(at).AddDays(1))
            throw new CaseRuleException("determinedOn", "The determination date is in the future.");
        return AddAssessment(personId, AssessmentKind.BestInterestsDetermination, AssessmentOutcomes.Done, authority.Trim(), null, at, by);
    }

    /// <summary>Clears this case for a country whose returns are decided case by case.</summary>
    public CaseAssessment RecordCountryClearance(string? note, DateTime at, string by)
    {
        RequireOpen();
        return AddAssessment(null, AssessmentKind.CountryClearance, AssessmentOutcomes.Cleared, CountryOfReturn, note, at, by);
    }

    private CaseAssessment? Latest(AssessmentKind kind) => _assessments.Where(a => a.Kind == kind).MaxBy(a => a.Sequence);

    private CaseAssessment AddAssessment(string? personId, AssessmentKind kind, string outcome, string? reference, string? details, DateTime at, string by)
    {
        var assessment = new CaseAssessment(NewRecordId(), Id, _assessments.Count + 1, personId, kind, outcome, reference,
            string.IsNullOrWhiteSpace(details) ? null : details.Trim(), at, by);
        _assessments.Add(assessment);
        // The sensitive kinds keep even their outcome out of the trail's values: it would say what the section hides.
        _changes.Add(new CaseChange(assessment.IsSensitive ? CaseSections.Protection : CaseSections.Eligibility,
            $"assessments[{assessment.Id}]", null, assessment.IsSensitive ? null : $"{kind} {outcome}", Sensitive: assessment.IsSensitive));
        Touch(at, by);
        return assessment;
    }
}

/// <summary>What a first protection screen looks for.</summary>
public sealed record ProtectionIndicators(bool Trafficking, bool UnaccompaniedMinor, bool MedicalNeed)
{
    public bool Any => Trafficking || UnaccompaniedMinor || MedicalNeed;

    public string? Codes => Any
        ? string.Join(",", new[] { Trafficking ? "trafficking" : null, UnaccompaniedMinor ? "unaccompanied-minor" : null, MedicalNeed ? "medical" : null }.OfType<string>())
        : null;
}

/// <param name="Outcome">The assessment's overall outcome: <see cref="AssessmentOutcomes.ConcernsFound"/> when any finding is confirmed.</param>
/// <param name="Child">A confirmed unaccompanied or separated child, with the determination and guardian consent if they exist yet.</param>
/// <param name="TraffickingRiskAssessment">A confirmed suspicion of trafficking: the joint risk assessment to share with the origin office.</param>
/// <param name="HealthAssessment">Confirmed medical needs: the health assessment.</param>
public sealed record VulnerabilityAssessmentFacts(string Outcome, ChildProtectionFacts? Child, string? TraffickingRiskAssessment, string? HealthAssessment, string? Notes);

public sealed record ChildProtectionFacts(string? DeterminationBy, DateOnly? DeterminedOn, string? Guardian, ConsentMethod GuardianConsentMethod, string Language);
