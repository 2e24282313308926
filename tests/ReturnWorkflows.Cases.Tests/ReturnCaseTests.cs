using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Application;
using static ReturnWorkflows.Cases.Tests.People;

namespace ReturnWorkflows.Cases.Tests;

public sealed class ReturnCaseTests
{
    [Fact]
    public void A_case_has_a_readable_number_per_office_and_year_and_starts_open_at_version_one()
    {
        var opened = OpenCase(new NewPerson(Child(), Consent(guardian: "Amir Khan")));

        Assert.Equal("BA-SJJ-2027-00042", opened.Number);
        Assert.Equal((CaseStatus.Open, 1, 2), (opened.Status, opened.Version, opened.Persons.Count));
        Assert.True(opened.Principal.IsPrincipal);
        Assert.All(opened.Persons, p => Assert.Single(p.Consents));
    }

    [Fact]
    public void Nobody_is_kept_without_their_data_processing_consent()
    {
        Assert.Throws<CaseRuleException>(() => ReturnCase.Open(
            new CaseOpening("BA-SJJ", "PK", "p", new NewPerson(Adult(), Consent(decision: ConsentDecision.Withdrawn)), []),
            new CaseNumber("BA-SJJ", 2027, 1), Now, "counsellor"));
        Assert.Throws<CaseRuleException>(() => OpenCase(new NewPerson(Adult("Zara"), Consent(ConsentKind.ReturnDeclaration))));
    }

    [Fact]
    public void A_childs_consent_comes_through_a_named_guardian()
    {
        var refused = Assert.Throws<CaseRuleException>(() => OpenCase(new NewPerson(Child(), Consent())));
        Assert.Equal("guardian", Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void Consents_are_a_history_and_after_a_withdrawal_of_data_processing_nothing_more_is_recorded()
    {
        var opened = OpenCase();
        var person = opened.Principal.Id;

        opened.RecordConsent(person, Consent(ConsentKind.ContactEmbassy), Now.AddMinutes(1), "counsellor");
        opened.RecordConsent(person, Consent(decision: ConsentDecision.Withdrawn), Now.AddMinutes(2), "counsellor");

        Assert.Equal(3, opened.Principal.Consents.Count);
        Assert.False(opened.Principal.MayBeProcessed);
        Assert.Throws<CaseRuleException>(() => opened.UpdatePerson(person, Adult("Changed"), Now.AddMinutes(3), "counsellor"));
        Assert.Throws<CaseRuleException>(() => opened.RecordVulnerability(person, VulnerabilityKind.Other, "x", Now.AddMinutes(3), "counsellor"));
        opened.RecordConsent(person, Consent(), Now.AddMinutes(4), "counsellor"); // consent given again
        Assert.True(opened.Principal.MayBeProcessed);
    }

    [Fact]
    public void Every_change_raises_the_version_and_a_save_from_an_older_read_names_who_saved_since()
    {
        var opened = OpenCase();
        opened.ChangeCountryOfReturn("AF", Now.AddHours(1), "supervisor");

        Assert.Equal(2, opened.Version);
        var stale = Assert.Throws<StaleCaseException>(() => opened.EnsureVersion(1));
        Assert.Equal(FailureKind.Conflict, stale.Kind);
        Assert.Contains("supervisor", stale.Message);
        opened.EnsureVersion(2);
    }

    [Fact]
    public void The_audit_keeps_field_changes_but_not_sensitive_values()
    {
        var opened = OpenCase();
        opened.ClearPendingChanges();
        opened.UpdatePerson(opened.Principal.Id, Adult(family: "Khan-Ali"), Now, "counsellor");
        opened.RecordVulnerability(opened.Principal.Id, VulnerabilityKind.SuspectedVictimOfTrafficking, "CANARY-finding", Now, "counsellor");

        var entries = CaseAuditTrail.Changes(opened, AuditAction.Changed, Now, "counsellor").ToList();

        var name = Assert.Single(entries, e => e.Field!.EndsWith(".familyName"));
        Assert.Equal(("Khan", "Khan-Ali"), (name.OldValue, name.NewValue));
        var finding = Assert.Single(entries, e => e.Section == CaseSections.Protection);
        Assert.Equal(CaseAuditTrail.Withheld, finding.NewValue);
        Assert.DoesNotContain(entries, e => $"{e.Field} {e.OldValue} {e.NewValue}".Contains("CANARY") || $"{e.NewValue}".Contains("Trafficking"));
    }

    [Fact]
    public void A_closed_case_takes_no_changes_but_a_consent_can_still_be_withdrawn()
    {
        var opened = OpenCase();
        opened.ProposeClosure(ClosureReason.WithdrewBeforeDeparture, null, Now, "counsellor");
        opened.ApproveClosure(Now, "manager");

        Assert.Throws<CaseRuleException>(() => opened.ChangeCountryOfReturn("AF", Now, "counsellor"));
        opened.RecordConsent(opened.Principal.Id, Consent(decision: ConsentDecision.Withdrawn), Now, "counsellor");
        Assert.False(opened.Principal.MayBeProcessed);
    }

    [Fact]
    public void An_estimated_year_of_birth_counts_as_the_younger_age()
    {
        var details = Child() with { EstimatedBirthYear = 2009 };
        Assert.True(details.IsChildOn(new DateOnly(2027, 6, 1))); // 17 or 18: treated as 17
    }
}
