using ReturnWorkflows.Cases.Model;
using static ReturnWorkflows.Cases.Tests.People;

namespace ReturnWorkflows.Cases.Tests;

/// <summary>The three withdrawals kept apart, and a closure that needs someone else's approval.</summary>
public sealed class CaseClosureTests
{
    private static ReturnCase Family() => OpenCase(
        new NewPerson(Adult("Mina", "Khan") with { Relationship = Relationship.Spouse, Sex = Sex.Female }, Consent()),
        new NewPerson(Child(), Consent(guardian: "Amir Khan")));

    [Fact]
    public void One_member_dropping_the_return_leaves_the_case_open_for_the_others()
    {
        var family = Family();
        var spouse = family.Persons[1];

        family.WithdrawPerson(spouse.Id, WithdrawalReason.FamilyReasons, "Stays with her parents", Now, "counsellor");

        Assert.Equal(CaseStatus.Open, family.Status);
        Assert.Equal(Participation.WithdrewFromReturn, spouse.Participation);
        Assert.Equal((WithdrawalReason.FamilyReasons, "Stays with her parents", "counsellor"), (spouse.WithdrawalReason!.Value, spouse.WithdrawalNote, spouse.WithdrawnBy));
        Assert.Equal(2, family.Participants.Count());
        Assert.Contains(family.PendingChanges, c => c.Field == $"persons[{spouse.Id}].participation");
        Assert.Throws<CaseRuleException>(() => family.WithdrawPerson(spouse.Id, WithdrawalReason.ChangedMind, null, Now, "counsellor"));
    }

    [Fact]
    public void When_the_principal_applicant_drops_out_the_next_participant_becomes_principal_and_the_last_one_cannot()
    {
        var family = Family();
        var (principal, spouse, child) = (family.Persons[0], family.Persons[1], family.Persons[2]);

        family.WithdrawPerson(principal.Id, WithdrawalReason.RightToStayObtained, null, Now, "counsellor");
        Assert.Same(spouse, family.Principal);
        family.WithdrawPerson(spouse.Id, WithdrawalReason.ChangedMind, null, Now, "counsellor");
        Assert.Same(child, family.Principal);

        var last = Assert.Throws<CaseRuleException>(() => family.WithdrawPerson(child.Id, WithdrawalReason.ChangedMind, null, Now, "counsellor"));
        Assert.Contains("propose closing the case", last.Message);
    }

    [Fact]
    public void Withdrawing_consent_to_data_processing_flags_the_person_for_retention_and_stops_recording()
    {
        var family = Family();
        var spouse = family.Persons[1];

        family.RecordConsent(spouse.Id, Consent(decision: ConsentDecision.Withdrawn), Now, "counsellor");

        Assert.Equal(Now, spouse.RetentionFlaggedAt);
        Assert.Equal(Participation.Participating, spouse.Participation); // not the same thing as dropping the return
        Assert.Throws<CaseRuleException>(() => family.RecordVulnerability(spouse.Id, VulnerabilityKind.Disability, "x", Now, "counsellor"));
        Assert.Contains(family.PendingChanges, c => c.Field == $"persons[{spouse.Id}].retention");
    }

    [Fact]
    public void A_closure_is_proposed_then_approved_by_someone_else_and_a_closed_case_can_be_reopened()
    {
        var family = Family();
        family.ProposeClosure(ClosureReason.LostContactBeforeDeparture, "No answer since March", Now, "counsellor");

        Assert.Equal(CaseStatus.Open, family.Status);
        Assert.Equal(new ClosureProposal(ClosureReason.LostContactBeforeDeparture, "No answer since March", "counsellor", Now), family.PendingClosure);
        Assert.Throws<CaseRuleException>(() => family.ProposeClosure(ClosureReason.NoShow, null, Now, "supervisor"));
        var ownProposal = Assert.Throws<CaseRuleException>(() => family.ApproveClosure(Now, "COUNSELLOR"));
        Assert.Contains("someone else", ownProposal.Message);

        family.ApproveClosure(Now.AddHours(1), "manager");

        Assert.Equal((CaseStatus.Closed, ClosureReason.LostContactBeforeDeparture, "manager"), (family.Status, family.ClosureReason!.Value, family.ClosedBy));
        Assert.Null(family.PendingClosure);
        Assert.Throws<CaseRuleException>(() => family.WithdrawPerson(family.Persons[1].Id, WithdrawalReason.ChangedMind, null, Now, "counsellor"));

        Assert.Equal("reason", Assert.Single(Assert.Throws<CaseRuleException>(() => family.Reopen(" ", Now.AddDays(2), "manager")).Errors).Key);
        family.Reopen("They could not stay with relatives after all", Now.AddDays(2), "manager");
        Assert.Equal(CaseStatus.Open, family.Status);
        Assert.Null(family.ClosureReason);
    }

    [Fact]
    public void A_rejected_proposal_leaves_the_case_open_and_a_new_one_can_be_made()
    {
        var family = Family();
        family.ProposeClosure(ClosureReason.NoShow, null, Now, "counsellor");

        family.RejectClosure("They called back today", Now, "manager");

        Assert.Null(family.PendingClosure);
        Assert.Equal(CaseStatus.Open, family.Status);
        Assert.Throws<CaseRuleException>(() => family.ApproveClosure(Now, "manager"));
        family.ProposeClosure(ClosureReason.NoShow, null, Now.AddDays(7), "counsellor");
        Assert.NotNull(family.PendingClosure);
    }
}
