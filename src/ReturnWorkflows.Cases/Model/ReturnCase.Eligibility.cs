using ReturnWorkflows.Cases.ReferenceData;

namespace ReturnWorkflows.Cases.Model;

// Eligibility (domain.md, lifecycle step 4): a counsellor proposes against the programme's criteria, a supervisor
// decides, and never the one who proposed (four-eyes, administrators included).
public sealed partial class ReturnCase
{
    /// <summary>The latest proposal, while no decision has followed it.</summary>
    public CaseAssessment? PendingEligibilityProposal =>
        _assessments.Where(a => a.Kind is AssessmentKind.EligibilityProposal or AssessmentKind.EligibilityDecision).MaxBy(a => a.Sequence)
            is { Kind: AssessmentKind.EligibilityProposal } pending ? pending : null;

    /// <summary>Whether the latest decision approved an eligible proposal.</summary>
    public bool EligibilityApproved
    {
        get
        {
            var decision = Latest(AssessmentKind.EligibilityDecision);
            if (decision is not { Outcome: AssessmentOutcomes.Approved }) return false;
            return _assessments.Where(a => a.Kind == AssessmentKind.EligibilityProposal && a.Sequence < decision.Sequence)
                .MaxBy(a => a.Sequence)?.Outcome == AssessmentOutcomes.Eligible;
        }
    }

    public CaseAssessment ProposeEligibility(EligibilityCriteria criteria, string? note, ReturnStatus countryStatus, DateTime at, string by)
    {
        RequireOpen();
        RequireGates(CaseGates.BeforeEligibilityProposal, countryStatus, "eligibility", "Eligibility");
        if (PendingEligibilityProposal is not null)
            throw new CaseRuleException("eligibility", "Eligibility is proposed already and waits for a supervisor's decision.");
        var eligible = criteria.AllMet && countryStatus != ReturnStatus.Suspended;
        if (!eligible && string.IsNullOrWhiteSpace(note))
            throw new CaseRuleException("form.note", countryStatus == ReturnStatus.Suspended
                ? "Returns to the country are suspended: say why you propose the case as not eligible, or wait for the suspension to end."
                : "Say which criterion is not met.");
        return AddAssessment(null, AssessmentKind.EligibilityProposal, eligible ? AssessmentOutcomes.Eligible : AssessmentOutcomes.NotEligible,
            criteria.Codes, note, at, by);
    }

    /// <summary>
    /// A supervisor approves or refuses the pending proposal. Approving an eligible proposal needs every gate of
    /// eligibility met and a country whose returns are not suspended; nobody decides on their own proposal.
    /// </summary>
    public CaseAssessment DecideEligibility(bool approve, string? note, ReturnStatus countryStatus, DateTime at, string by)
    {
        RequireOpen();
        var proposal = PendingEligibilityProposal
                       ?? throw new CaseRuleException("eligibility", "There is no eligibility proposal to decide on; a counsellor proposes first.");
        if (string.Equals(proposal.RecordedBy, by, StringComparison.OrdinalIgnoreCase))
            throw new CaseRuleException("eligibility", "You proposed this eligibility yourself: another supervisor decides on it (four-eyes).");
        if (approve && proposal.Outcome == AssessmentOutcomes.Eligible)
        {
            if (countryStatus == ReturnStatus.Suspended)
                throw new CaseRuleException("eligibility", $"Returns to {CountryOfReturn} are suspended: eligibility cannot be approved.");
            RequireGates(CaseGates.BeforeEligibilityApproval.Where(g => g != CaseGates.EligibilityProposal), countryStatus, "eligibility", "Eligibility approval");
        }
        if (!approve && string.IsNullOrWhiteSpace(note))
            throw new CaseRuleException("form.note", "Say why the proposal is refused.");
        var decision = AddAssessment(null, AssessmentKind.EligibilityDecision, approve ? AssessmentOutcomes.Approved : AssessmentOutcomes.Refused, proposal.Id, note, at, by);
        // The UTC date of the decision: the supervisor decides in office hours, when the office's date is UTC's.
        if (approve && proposal.Outcome == AssessmentOutcomes.Eligible) ReachMilestone(Milestone.Eligible, Participants, DateOnly.FromDateTime(at), CaseSections.Eligibility);
        return decision;
    }
}

/// <summary>The programme's criteria (domain.md, lifecycle step 4) as the counsellor checked them.</summary>
public sealed record EligibilityCriteria(bool NoMeansToPay, bool IntendsToLeavePermanently, bool HasOrCanGetTravelDocument,
    bool ReturnPossible, bool NoGovernmentObjection, bool NotInNeedOfProtection)
{
    public bool AllMet => NoMeansToPay && IntendsToLeavePermanently && HasOrCanGetTravelDocument && ReturnPossible && NoGovernmentObjection && NotInNeedOfProtection;

    /// <summary>The criteria not met, as codes (null when all are).</summary>
    public string? Codes => AllMet ? null : string.Join(",", new[]
    {
        NoMeansToPay ? null : "means-to-pay", IntendsToLeavePermanently ? null : "intent", HasOrCanGetTravelDocument ? null : "travel-document",
        ReturnPossible ? null : "return-possible", NoGovernmentObjection ? null : "government-objection", NotInNeedOfProtection ? null : "protection-need",
    }.OfType<string>());
}
