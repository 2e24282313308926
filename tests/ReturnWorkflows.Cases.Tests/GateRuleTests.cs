using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using static ReturnWorkflows.Cases.Tests.People;

namespace ReturnWorkflows.Cases.Tests;

/// <summary>The gates and eligibility rules of the aggregate, which every path (task, page, API) goes through.</summary>
public sealed class GateRuleTests
{
    private static readonly EligibilityCriteria AllMet = new(true, true, true, true, true, true);
    private static readonly ProtectionIndicators None = new(false, false, false);

    [Fact]
    public void Eligibility_is_not_proposed_before_the_protection_screen_nor_before_the_assessment_its_concerns_call_for()
    {
        var c = OpenCase();
        Assert.Equal([CaseGates.ProtectionScreen, CaseGates.VulnerabilityAssessment], c.UnmetGates(CaseGates.BeforeEligibilityProposal, ReturnStatus.Open));
        var early = Assert.Throws<CaseRuleException>(() => c.ProposeEligibility(AllMet, null, ReturnStatus.Open, Now, "counsellor"));
        Assert.Contains("protection screen is not done", early.Message);

        c.RecordProtectionScreen(new ProtectionIndicators(false, false, true), null, Now, "counsellor");
        Assert.Equal([CaseGates.VulnerabilityAssessment], c.UnmetGates(CaseGates.BeforeEligibilityProposal, ReturnStatus.Open));
        c.RecordVulnerabilityAssessment(new VulnerabilityAssessmentFacts(AssessmentOutcomes.ConcernsFound, null, null, "Needs insulin on the flight.", null), Now, "protection");

        Assert.Empty(c.UnmetGates(CaseGates.BeforeEligibilityProposal, ReturnStatus.Open));
        Assert.Contains(c.Persons[0].Vulnerabilities, v => v.Kind == VulnerabilityKind.MedicalNeeds);
        Assert.Contains(c.Assessments, a => a.Kind == AssessmentKind.HealthAssessment);
    }

    [Fact]
    public void Four_eyes_refuses_the_proposer_whatever_their_role_and_a_suspended_country_refuses_approval()
    {
        var c = OpenCase();
        c.RecordProtectionScreen(None, null, Now, "counsellor");
        c.ProposeEligibility(AllMet, null, ReturnStatus.Open, Now, "admin");

        var own = Assert.Throws<CaseRuleException>(() => c.DecideEligibility(true, null, ReturnStatus.Open, Now, "ADMIN"));
        Assert.Contains("four-eyes", own.Message);
        var suspended = Assert.Throws<CaseRuleException>(() => c.DecideEligibility(true, null, ReturnStatus.Suspended, Now, "supervisor"));
        Assert.Contains("suspended", suspended.Message);
        Assert.False(c.EligibilityApproved);
        Assert.All(c.Persons, p => Assert.Null(p.EligibleOn)); // refused decisions reach no milestone

        c.DecideEligibility(true, null, ReturnStatus.Open, Now, "supervisor");
        Assert.True(c.EligibilityApproved);
        Assert.Null(c.PendingEligibilityProposal);
        Assert.All(c.Persons, p => Assert.Equal(DateOnly.FromDateTime(Now), p.EligibleOn)); // the funnel's "eligible"
    }

    [Fact]
    public void A_case_by_case_country_needs_this_cases_clearance_and_a_refusal_needs_a_reason()
    {
        var c = OpenCase();
        c.RecordProtectionScreen(None, null, Now, "counsellor");
        c.ProposeEligibility(AllMet, null, ReturnStatus.CaseByCase, Now, "counsellor");
        Assert.Throws<CaseRuleException>(() => c.DecideEligibility(true, null, ReturnStatus.CaseByCase, Now, "supervisor"));
        Assert.Equal("form.note", Assert.Single(Assert.Throws<CaseRuleException>(() => c.DecideEligibility(false, " ", ReturnStatus.CaseByCase, Now, "supervisor")).Errors).Key);

        c.RecordCountryClearance("Cleared by the regional office.", Now, "supervisor");
        c.DecideEligibility(true, null, ReturnStatus.CaseByCase, Now, "supervisor");
        Assert.True(c.EligibilityApproved);
    }
}
