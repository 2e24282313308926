using ReturnWorkflows.Cases.Activities;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Tasks.Forms;
using static ReturnWorkflows.Cases.Tests.People;

namespace ReturnWorkflows.Cases.Tests;

/// <summary>The counselling phase's facts on the aggregate, and the forms generated from their records.</summary>
public sealed class CounsellingTests
{
    private static CounsellingSessionFacts Session(ReturnDecision decision = ReturnDecision.DecidedToReturn, string? notes = "Worried about housing.") =>
        new(DateOnly.FromDateTime(Now), "Urdu", "Interpreter Two", "PK-2026-03", true, true, true, false, decision, notes);

    [Fact]
    public void A_counselling_session_is_recorded_audited_without_its_notes_and_is_the_latest_decision()
    {
        var opened = OpenCase();
        opened.ClearPendingChanges();

        opened.RecordCounsellingSession(Session(ReturnDecision.NeedsTime), Now, "counsellor");
        opened.RecordCounsellingSession(Session(), Now.AddDays(7), "counsellor");

        Assert.Equal(ReturnDecision.DecidedToReturn, opened.LatestDecision);
        Assert.Equal(3, opened.Version);
        var trail = CaseAuditTrail.Changes(opened, AuditAction.Changed, Now, "counsellor").ToList();
        Assert.All(trail, e => Assert.Equal(CaseSections.Counselling, e.Section));
        Assert.DoesNotContain(trail, e => e.NewValue?.Contains("housing") == true || e.NewValue?.Contains("Interpreter Two") == true);
        Assert.Contains(trail, e => e.NewValue == CaseAuditTrail.Withheld && e.Field!.EndsWith(".notes"));

        // The milestones the reports count: counselled at the first session, decided to return at the second; once each.
        var person = opened.Persons[0];
        Assert.Equal((Session().HeldOn, Session().HeldOn), (person.CounselledOn, person.DecidedToReturnOn));
        Assert.Equal([$"persons[{person.Id}].milestones.counselled", $"persons[{person.Id}].milestones.decidedToReturn"],
            trail.Where(e => e.Field!.Contains(".milestones.")).Select(e => e.Field));
    }

    [Fact]
    public void An_intake_sent_back_must_say_what_to_correct_and_a_closed_case_takes_no_session()
    {
        var opened = OpenCase();
        var refused = Assert.Throws<CaseRuleException>(() => opened.RecordIntakeReview(IntakeReviewResult.NeedsCorrection, " ", Now, "supervisor"));
        Assert.Equal("form.note", Assert.Single(refused.Errors).Key);
        Assert.Empty(opened.IntakeReviews);

        opened.RecordIntakeReview(IntakeReviewResult.Complete, null, Now, "supervisor");
        var future = Assert.Throws<CaseRuleException>(() => opened.RecordCounsellingSession(Session() with { HeldOn = DateOnly.FromDateTime(Now).AddDays(5) }, Now, "counsellor"));
        Assert.Equal("form.sessionDate", Assert.Single(future.Errors).Key);
        opened.ProposeClosure(ClosureReason.ReturneeOptedOut, null, Now, "counsellor");
        opened.ApproveClosure(Now, "manager");
        Assert.Throws<CaseRuleException>(() => opened.RecordCounsellingSession(Session(), Now, "counsellor"));
        Assert.Empty(opened.CounsellingSessions);
    }

    [Fact]
    public void The_form_definition_is_generated_from_the_record()
    {
        var form = CaseForms.Describe(typeof(CounsellingSessionForm));

        Assert.Equal(("case.counselling-session", "Counselling session"), (form.Key, form.Title));
        Assert.Equal(new FormField("sessionDate", "Session date", FormFieldType.Date, Required: true), form.Fields[0]);
        Assert.Contains(form.Fields, f => f is { Name: "alternativesExplained", Type: FormFieldType.Boolean, Required: true });
        Assert.Contains(form.Fields, f => f is { Name: "interpreterUsed", Type: FormFieldType.Boolean, Required: false });
        Assert.Contains(form.Fields, f => f is { Name: "countrySheetVersion", Type: FormFieldType.Text, Required: true, MaxLength: 50 });
        Assert.Equal(
            ["case.arrival-confirmation", "case.cap-approval", "case.counselling-session", "case.departure-confirmation", "case.eligibility-approval", "case.eligibility-proposal", "case.embassy-contact-consent", "case.fit-to-travel-check", "case.flight-booking", "case.handover-decision", "case.handover-offer", "case.intake-review", "case.lost-contact-review", "case.monitoring-contact", "case.plan-approval", "case.pre-departure-briefing", "case.protection-screen", "case.reintegration-delivery", "case.reintegration-plan", "case.return-application", "case.support-end-closure", "case.sustainability-survey", "case.travel-document-receipt", "case.travel-document-request", "case.vulnerability-assessment"],
            CaseForms.All.Select(f => f.Key));
    }

    [Fact]
    public void The_validator_names_the_field_an_answer_contradicts()
    {
        var validator = new CounsellingSessionFormValidator();
        var answers = new CounsellingSessionForm(DateOnly.FromDateTime(Now), "Urdu", InterpreterUsed: true, Interpreter: null,
            true, true, true, false, "PK-2026-03", null);

        var result = validator.Validate(answers);

        Assert.Equal("Interpreter", Assert.Single(result.Errors).PropertyName);
        Assert.True(validator.Validate(answers with { Interpreter = "Interpreter Two" }).IsValid);
    }
}
