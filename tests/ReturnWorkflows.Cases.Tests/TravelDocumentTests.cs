using ReturnWorkflows.Cases.Activities;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Tasks.Forms;
using static ReturnWorkflows.Cases.Tests.People;

namespace ReturnWorkflows.Cases.Tests;

/// <summary>The travel-document steps on the aggregate: the embassy is not asked without consent; a document must outlast the planned departure.</summary>
public sealed class TravelDocumentTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    [Fact]
    public void The_embassy_is_not_asked_before_everyone_consented_to_contacting_it()
    {
        var household = OpenCase(new NewPerson(Child(), Consent(guardian: "Mother Khan")));
        var refused = Assert.Throws<CaseRuleException>(() => household.RecordTravelDocumentRequest("Embassy of Pakistan", Today, null, Now, "operations"));
        Assert.Contains("consented to the embassy being contacted", refused.Message);
        // The adult alone is not enough: the child's consent (through the guardian) is missing.
        household.RecordConsent(household.Principal.Id, Consent(ConsentKind.ContactEmbassy), Now, "counsellor");
        Assert.Throws<CaseRuleException>(() => household.RecordTravelDocumentRequest("Embassy of Pakistan", Today, null, Now, "operations"));
        Assert.Empty(household.TravelDocumentRequests);

        var child = household.Persons.Single(p => !p.IsPrincipal);
        household.RecordConsent(child.Id, Consent(ConsentKind.ContactEmbassy, guardian: "Mother Khan"), Now, "counsellor");
        var request = household.RecordTravelDocumentRequest(" Embassy of Pakistan, Sarajevo ", Today, "LP-17", Now, "operations");

        Assert.Equal(("Embassy of Pakistan, Sarajevo", Today, "LP-17"), (request.Authority, request.RequestedOn, request.Reference));
        Assert.Contains(household.PendingChanges, c => c is { Section: CaseSections.TravelDocuments, NewValue: "requested on 2027-03-10" });
    }

    [Fact]
    public void A_document_received_is_everyones_and_their_milestone()
    {
        var household = OpenCase(new NewPerson(Child(), Consent(guardian: "Mother Khan")));
        var later = Now.AddDays(20);

        var documents = household.RecordTravelDocumentReceived(new TravelDocumentFacts(TravelDocumentKind.LaissezPasser, " LP 123 ", Today.AddMonths(3), Today.AddDays(20)),
            later, "operations");

        Assert.Equal(household.Persons.Select(p => p.Id).Order(), documents.Select(d => d.PersonId).Order());
        Assert.All(documents, d => Assert.Equal(("LP 123", TravelDocumentKind.LaissezPasser), (d.Number, d.Kind)));
        Assert.All(household.Persons, p => Assert.Equal(later, p.TravelDocumentObtainedAt));
        // The number identifies the person: the trail has the kind and the expiry only.
        Assert.DoesNotContain(household.PendingChanges, c => (c.NewValue ?? "").Contains("LP 123"));
        // A second document (a renewed one) keeps the milestone's first date.
        household.RecordTravelDocumentReceived(new TravelDocumentFacts(TravelDocumentKind.Passport, "P9", Today.AddYears(5), Today.AddDays(30)), Now.AddDays(30), "operations");
        Assert.All(household.Persons, p => Assert.Equal(later, p.TravelDocumentObtainedAt));
    }

    [Fact]
    public void A_document_expiring_by_the_planned_departure_is_refused_with_the_reason_and_changes_nothing()
    {
        var household = OpenCase();
        household.PlanDeparture(Today.AddDays(40), Now, "operations");
        var version = household.Version;

        var refused = Assert.Throws<CaseRuleException>(() => household.RecordTravelDocumentReceived(
            new TravelDocumentFacts(TravelDocumentKind.LaissezPasser, "LP1", Today.AddDays(40), Today), Now, "operations"));

        Assert.Equal(["form.expiresOn"], refused.Errors.Keys);
        Assert.Contains("not after the planned departure on 2027-04-19", refused.Message);
        Assert.Empty(household.TravelDocuments);
        Assert.Null(household.Principal.TravelDocumentObtainedAt);
        Assert.Equal(version, household.Version);

        household.RecordTravelDocumentReceived(new TravelDocumentFacts(TravelDocumentKind.LaissezPasser, "LP1", Today.AddDays(41), Today), Now, "operations");
        // Moving the departure beyond the document's validity is refused too.
        Assert.Throws<CaseRuleException>(() => household.PlanDeparture(Today.AddDays(41), Now, "operations"));
        household.PlanDeparture(Today.AddDays(35), Now, "operations");
        Assert.Equal(Today.AddDays(35), household.PlannedDepartureOn);
    }

    [Fact]
    public void A_person_who_dropped_the_return_gets_no_document()
    {
        var household = OpenCase(new NewPerson(Adult("Nadia"), Consent()));
        var nadia = household.Persons.Single(p => !p.IsPrincipal);
        household.WithdrawPerson(nadia.Id, WithdrawalReason.FamilyReasons, null, Now, "counsellor");

        var documents = household.RecordTravelDocumentReceived(new TravelDocumentFacts(TravelDocumentKind.Passport, "P1", Today.AddYears(1), Today), Now, "operations");

        Assert.Equal(household.Principal.Id, Assert.Single(documents).PersonId);
        Assert.Null(nadia.TravelDocumentObtainedAt);
    }

    [Fact]
    public void The_request_step_waits_on_the_embassy_gate_and_reminds_every_7_days_escalating_after_30_as_its_defaults()
    {
        var descriptor = ActivityDescriber.Describe(typeof(TravelDocumentRequest));
        Assert.Equal("+7 days, +14 days, +21 days, +28 days", descriptor.Inputs.Single(i => i.Name == "Reminders").DefaultValue);
        Assert.Equal("+30 days", descriptor.Inputs.Single(i => i.Name == "EscalateAfter").DefaultValue);
        Assert.Equal(["OperationsOfficer", "Counsellor", "Supervisor"], descriptor.Inputs.Single(i => i.Name == "CandidateRole").Options!);

        // A row per person, its columns the document's questions; the day received is asked once.
        var receipt = CaseForms.Describe(typeof(TravelDocumentReceiptForm));
        Assert.Equal([("persons", FormFieldType.PersonRows), ("receivedOn", FormFieldType.Date)], receipt.Fields.Select(f => (f.Name, f.Type)));
        var columns = receipt.Fields[0].Columns!;
        Assert.Equal(["kind", "number", "expiresOn"], columns.Select(c => c.Name));
        Assert.Equal(["Passport", "LaissezPasser", "EmergencyTravelDocument"], columns[0].Options!);
        Assert.All(columns, c => Assert.True(c.Required));
        var blankNumber = new TravelDocumentReceiptFormValidator().Validate(
            new TravelDocumentReceiptForm([new TravelDocumentRow("p1", TravelDocumentKind.Passport, " ", Today)], Today));
        Assert.Equal("form.persons[0].number", "form." + CaseForms.AnswerKey(Assert.Single(blankNumber.Errors).PropertyName));
        Assert.False(new TravelDocumentRequestFormValidator().Validate(new TravelDocumentRequestForm("Embassy", null, null)).IsValid);
    }

    [Fact]
    public void Each_person_gets_their_own_document_and_a_refused_row_names_itself()
    {
        var household = OpenCase(new NewPerson(Child(), Consent(guardian: "Mother Khan")));
        var child = household.Persons.Single(p => !p.IsPrincipal);
        household.PlanDeparture(Today.AddDays(40), Now, "operations");

        household.RecordTravelDocumentReceived(household.Principal.Id, new TravelDocumentFacts(TravelDocumentKind.Passport, " P-1 ", Today.AddYears(5), Today), Now, "operations");
        var refused = Assert.Throws<CaseRuleException>(() => household.RecordTravelDocumentReceived(child.Id,
            new TravelDocumentFacts(TravelDocumentKind.EmergencyTravelDocument, "E-2", Today.AddDays(30), Today), Now, "operations", "form.persons[1]."));
        Assert.Equal(["form.persons[1].expiresOn"], refused.Errors.Keys);
        Assert.Null(household.CurrentTravelDocumentOf(child.Id));

        household.RecordTravelDocumentReceived(child.Id, new TravelDocumentFacts(TravelDocumentKind.EmergencyTravelDocument, "E-2", Today.AddDays(60), Today), Now, "operations");
        Assert.Equal(("P-1", TravelDocumentKind.Passport), (household.CurrentTravelDocumentOf(household.Principal.Id)!.Number, household.CurrentTravelDocumentOf(household.Principal.Id)!.Kind));
        Assert.Equal("E-2", household.CurrentTravelDocumentOf(child.Id)!.Number);
        Assert.All(household.Persons, p => Assert.NotNull(p.TravelDocumentObtainedAt));
    }
}
