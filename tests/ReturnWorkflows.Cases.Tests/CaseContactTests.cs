using ReturnWorkflows.Cases.Contacts;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Application;
using static ReturnWorkflows.Cases.Tests.People;

namespace ReturnWorkflows.Cases.Tests;

/// <summary>The contact log's rules, held by <see cref="CaseContact.Log"/> against the loaded case.</summary>
public sealed class CaseContactTests
{
    private static ContactAttempt Call(DateTime at, string? note = null) => new(at, ContactChannel.Phone, false, note);

    [Fact]
    public void A_contact_is_logged_for_a_person_of_the_case_by_whoever_made_it_without_raising_the_cases_version()
    {
        var returnCase = OpenCase();

        var contact = CaseContact.Log(returnCase, returnCase.Principal.Id, Call(Now.AddHours(2), "  Phone off  "), "c1", Now.AddHours(3), "amra");

        Assert.Equal((returnCase.Id, returnCase.Principal.Id, "amra", Now.AddHours(2), Now.AddHours(3)),
            (contact.CaseId, contact.PersonId, contact.By, contact.ContactedAt, contact.RecordedAt));
        Assert.Equal("Phone off", contact.Note);
        Assert.Null(CaseContact.Log(returnCase, returnCase.Principal.Id, Call(Now, "   "), "c2", Now, "amra").Note);
        Assert.Equal(1, returnCase.Version);
        // The trail learns the channel and the outcome, never the note.
        Assert.Equal((CaseSections.Contacts, "Phone, not reached"), (contact.Change.Section, contact.Change.NewValue));
        Assert.DoesNotContain("Phone off", contact.Change.Field);
    }

    [Fact]
    public void A_contact_in_the_future_or_long_before_the_intake_is_refused_naming_its_time()
    {
        var returnCase = OpenCase();

        Assert.Equal(["contactedAt"], Assert.Throws<CaseRuleException>(() =>
            CaseContact.Log(returnCase, returnCase.Principal.Id, Call(Now.AddMinutes(1)), "c", Now, "amra")).Errors.Keys);
        Assert.Equal(["contactedAt"], Assert.Throws<CaseRuleException>(() =>
            CaseContact.Log(returnCase, returnCase.Principal.Id, Call(Now - CaseContact.BeforeOpening - TimeSpan.FromMinutes(1)), "c", Now, "amra")).Errors.Keys);
        // The call that arranged the intake, a week before it, is fine.
        CaseContact.Log(returnCase, returnCase.Principal.Id, Call(Now.AddDays(-7)), "c", Now, "amra");
    }

    [Fact]
    public void An_unknown_person_a_withdrawn_consent_or_a_closed_case_takes_no_contact()
    {
        var returnCase = OpenCase(new NewPerson(Adult("Zara"), Consent()));
        var zara = returnCase.Persons.Single(p => p.GivenNames == "Zara").Id;

        Assert.Equal(["personId"], Assert.Throws<NotFoundException>(() => CaseContact.Log(returnCase, "nobody", Call(Now), "c", Now, "amra")).Errors.Keys);
        returnCase.RecordConsent(zara, Consent(decision: ConsentDecision.Withdrawn), Now, "amra");
        Assert.Equal(["consent"], Assert.Throws<CaseRuleException>(() => CaseContact.Log(returnCase, zara, Call(Now), "c", Now, "amra")).Errors.Keys);
        returnCase.ProposeClosure(ClosureReason.ReturneeOptedOut, null, Now, "amra");
        returnCase.ApproveClosure(Now, "manager");
        Assert.Equal(["status"], Assert.Throws<CaseRuleException>(() =>
            CaseContact.Log(returnCase, returnCase.Principal.Id, Call(Now), "c", Now, "amra")).Errors.Keys);
    }
}
