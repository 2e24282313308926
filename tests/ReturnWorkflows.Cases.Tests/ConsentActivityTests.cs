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

        HouseholdConsents.RecordGiven(household, ConsentKind.ContactEmbassy,
            new EmbassyContactConsentForm(true, ConsentMethod.VerbalCertified, " Urdu ", " ", "Mother Khan"), Now, "counsellor");

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
            HouseholdConsents.RecordGiven(closed, ConsentKind.ReturnDeclaration,
                new ReturnApplicationConsentForm(true, true, ConsentMethod.Written, "Urdu", null, null), Now, "counsellor"));
        Assert.DoesNotContain(closed.Persons.Single().Consents, c => c.Kind == ConsentKind.ReturnDeclaration);
    }

    [Fact]
    public void The_consent_forms_name_the_missing_method_and_language()
    {
        var application = new ReturnApplicationConsentFormValidator().Validate(new ReturnApplicationConsentForm(true, true, null, " ", null, null));
        Assert.Equal(["Language", "Method"], application.Errors.Select(e => e.PropertyName).Order());

        var embassy = new EmbassyContactConsentFormValidator();
        Assert.False(embassy.Validate(new EmbassyContactConsentForm(true, ConsentMethod.Written, "", null, null)).IsValid);
        Assert.True(embassy.Validate(new EmbassyContactConsentForm(true, ConsentMethod.Written, "Urdu", null, null)).IsValid);
    }
}
