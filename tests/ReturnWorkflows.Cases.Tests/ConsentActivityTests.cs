using ReturnWorkflows.Cases.Activities;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using static ReturnWorkflows.Cases.Tests.People;

namespace ReturnWorkflows.Cases.Tests;

/// <summary>The consent steps of the second phase: what they append to each person's history, and what their forms refuse.</summary>
public sealed class ConsentActivityTests
{
    [Fact]
    public void The_embassy_contact_consent_is_appended_for_everyone_and_meets_the_travel_document_gate()
    {
        var household = OpenCase(new NewPerson(Child(), Consent(guardian: "Mother Khan")));
        Assert.Contains(CaseGates.EmbassyContactConsent, household.UnmetGates([CaseGates.EmbassyContactConsent], ReturnStatus.Open));

        HouseholdConsents.RecordGiven(household, household.Persons, ConsentKind.ContactEmbassy,
            new EmbassyContactConsentForm(null, ConsentMethod.VerbalCertified, " Urdu ", " ", "Mother Khan"), Now, "counsellor");

        Assert.Empty(household.UnmetGates([CaseGates.EmbassyContactConsent], ReturnStatus.Open));
        Assert.All(household.Persons, p =>
        {
            Assert.True(p.HasConsented(ConsentKind.ContactEmbassy));
            var recorded = p.Consents.Single(c => c.Kind == ConsentKind.ContactEmbassy);
            Assert.Equal(("Urdu", (string?)null, ConsentMethod.VerbalCertified), (recorded.Language, recorded.Interpreter, recorded.Method));
            // The guardian is named on the child's consent only.
            Assert.Equal(p.Details.IsChildOn(DateOnly.FromDateTime(Now)) ? "Mother Khan" : null, recorded.Guardian);
        });
        // Its own kind: the return declaration and the transfer are not implied by it.
        Assert.All(household.Persons, p => Assert.False(p.HasConsented(ConsentKind.TransferToOriginOfficeAndPartners)));
    }

    [Fact]
    public void A_closed_case_takes_no_consent_step()
    {
        var closed = OpenCase();
        closed.ProposeClosure(ClosureReason.ReturneeOptedOut, null, Now, "counsellor");
        closed.ApproveClosure(Now, "manager");

        Assert.Throws<CaseRuleException>(() =>
            HouseholdConsents.RecordGiven(closed, closed.Persons, ConsentKind.ReturnDeclaration,
                new ReturnApplicationConsentForm(null, ConsentMethod.Written, "Urdu", null, null), Now, "counsellor"));
        Assert.DoesNotContain(closed.Persons.Single().Consents, c => c.Kind == ConsentKind.ReturnDeclaration);
    }

    [Fact]
    public void The_consent_forms_name_the_missing_method_and_language()
    {
        var application = new ReturnApplicationConsentFormValidator().Validate(new ReturnApplicationConsentForm([], null, " ", null, null));
        Assert.Equal(["Language", "Method"], application.Errors.Select(e => e.PropertyName).Order());

        var embassy = new EmbassyContactConsentFormValidator();
        Assert.False(embassy.Validate(new EmbassyContactConsentForm([], ConsentMethod.Written, "", null, null)).IsValid);
        Assert.True(embassy.Validate(new EmbassyContactConsentForm([], ConsentMethod.Written, "Urdu", null, null)).IsValid);
    }

    [Fact]
    public void The_rows_are_asked_of_everyone_still_taking_part_and_must_answer_for_exactly_them()
    {
        var household = OpenCase(new NewPerson(Adult("Nadia"), Consent()), new NewPerson(Child(), Consent(guardian: "Mother Khan")));
        var nadia = household.Persons.Single(p => p.Details.GivenNames == "Nadia");
        household.WithdrawPerson(nadia.Id, WithdrawalReason.FamilyReasons, null, Now, "counsellor");

        var asked = PersonRows.AskedOf(household);
        Assert.Equal([household.Principal.Id, household.Persons.Single(p => p.Details.GivenNames == "Sara").Id], asked.Select(p => p.Id));

        var rows = asked.Select(p => new EmbassyContactRow(p.Id, true)).ToList();
        Assert.Equal([0, 1], PersonRows.Match(household, rows, "persons").Select(m => m.Index));
        // Nadia dropped the return: a row for her is refused by its index, as is a row left out.
        var withNadia = Assert.Throws<CaseRuleException>(() => PersonRows.Match(household, [.. rows, new EmbassyContactRow(nadia.Id, true)], "persons"));
        Assert.Equal(["form.persons[2].personId"], withNadia.Errors.Keys);
        var oneMissing = Assert.Throws<CaseRuleException>(() => PersonRows.Match(household, rows.Take(1).ToList(), "persons"));
        Assert.Equal(["form.persons"], oneMissing.Errors.Keys);
        Assert.Contains("One person taking part has no row", oneMissing.Message);
    }

    [Fact]
    public void A_consent_recorded_for_some_persons_leaves_the_others_without_it()
    {
        var household = OpenCase(new NewPerson(Adult("Nadia"), Consent()));

        HouseholdConsents.RecordGiven(household, [household.Principal], ConsentKind.ContactEmbassy,
            new EmbassyContactConsentForm(null, ConsentMethod.Written, "Urdu", null, null), Now, "counsellor");

        Assert.True(household.Principal.HasConsented(ConsentKind.ContactEmbassy));
        Assert.False(household.Persons.Single(p => !p.IsPrincipal).HasConsented(ConsentKind.ContactEmbassy));
        Assert.Contains(CaseGates.EmbassyContactConsent, household.UnmetGates([CaseGates.EmbassyContactConsent], ReturnStatus.Open));
    }
}
