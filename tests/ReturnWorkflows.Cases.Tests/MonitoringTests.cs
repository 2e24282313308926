using ReturnWorkflows.Cases.Activities;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using static ReturnWorkflows.Cases.Tests.People;

namespace ReturnWorkflows.Cases.Tests;

/// <summary>
/// Monitoring on the aggregate: the schedule as a manager writes it, contacts counted from the arrival and cut at the
/// programme's end, a case outside the sample planned nothing, each contact recorded once, and the survey scored per
/// dimension with answers that do not apply left out.
/// </summary>
public sealed class MonitoringTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);
    private static readonly IReadOnlyList<MonitoringSlot> Default = MonitoringSchedule.Parse(null).Slots!;

    [Fact]
    public void A_schedule_reads_as_a_manager_writes_it_and_a_wrong_one_says_why()
    {
        Assert.Equal([new(1, MonitoringChannel.Visit), new(3, MonitoringChannel.Visit), new(6, MonitoringChannel.Visit), new(12, MonitoringChannel.Visit)], Default);
        Assert.Equal([new(2, MonitoringChannel.PhoneCall), new(6, MonitoringChannel.Visit)], MonitoringSchedule.Parse("+6 months, +2 months by phone").Slots!);
        Assert.Contains("'+3 weeks' is not a monitoring contact", MonitoringSchedule.Parse("+1 month, +3 weeks").Error);
        Assert.Contains("planned twice", MonitoringSchedule.Parse("+1 month, 1 month by phone").Error);
        Assert.Contains("1 to 60 months", MonitoringSchedule.Parse("+61 months").Error);
    }

    [Fact]
    public void Contacts_are_counted_from_the_arrival_and_those_after_the_programmes_end_are_kept_as_not_planned()
    {
        var household = Arrived();

        var plan = household.PlanMonitoring(Default, Today.AddMonths(5), null, Now, "system");

        Assert.Equal([(1, VisitStatus.Planned), (3, VisitStatus.Planned), (6, VisitStatus.AfterProgrammeEnd), (12, VisitStatus.AfterProgrammeEnd)],
            plan.Visits.Select(v => (v.MonthsAfterArrival, v.Status)));
        Assert.Equal(Today.AddMonths(1), plan.NextVisit!.PlannedOn);
        Assert.Equal("2 contacts planned, 2 after the programme's end", Assert.Single(household.PendingChanges).NewValue);
    }

    [Fact]
    public void A_case_outside_the_sample_has_nothing_planned_and_its_draw_recorded()
    {
        var household = Arrived();

        var plan = household.PlanMonitoring(Default, Today.AddYears(2), new MonitoringSample(30, 64), Now, "system");

        Assert.False(plan.InSample);
        Assert.Empty(plan.Visits);
        Assert.Equal((30, 64), (plan.SampleSharePercent, plan.SampleDraw));
        Assert.Null(plan.NextVisit);
        // The draw is the case's own (a new id draws again, the same id the same) and spreads over 0 to 99.
        var ids = Enumerable.Range(0, 500).Select(i => $"case-{i}").ToList();
        var draws = ids.Select(MonitoringPlanning.DrawFor).ToList();
        Assert.Equal(draws, ids.Select(MonitoringPlanning.DrawFor));
        Assert.All(draws, d => Assert.InRange(d, 0, 99));
        Assert.True(draws.Distinct().Count() > 90, $"{draws.Distinct().Count()} distinct draws in 500");
        Assert.InRange(draws.Count(d => d < 30), 100, 200); // about 30 % in a 30 % sample
    }

    [Fact]
    public void A_contact_is_recorded_once_and_planning_again_keeps_what_was_made()
    {
        var household = Arrived();
        var plan = household.PlanMonitoring(Default, Today.AddYears(2), null, Now, "system");
        var first = plan.NextVisit!;
        var later = Now.AddMonths(1);

        household.RecordMonitoringVisit(first.Id, DateOnly.FromDateTime(later), MonitoringChannel.PhoneCall, reached: true, " Shop open ", later, "reintegration");
        var again = Assert.Throws<CaseRuleException>(() => household.RecordMonitoringVisit(first.Id, DateOnly.FromDateTime(later), MonitoringChannel.Visit, true, null, later, "reintegration"));
        Assert.Equal("visitId", Assert.Single(again.Errors).Key);
        Assert.Equal((VisitStatus.Held, MonitoringChannel.PhoneCall, "Shop open"), (first.Status, first.Channel, first.Note));

        // Reopened and planned again on another schedule: the contact made stays, the rest follows the new schedule.
        household.PlanMonitoring(MonitoringSchedule.Parse("+1 month, +9 months").Slots!, Today.AddYears(2), null, later, "system");
        Assert.Equal([(1, VisitStatus.Held), (9, VisitStatus.Planned)], plan.Visits.OrderBy(v => v.MonthsAfterArrival).Select(v => (v.MonthsAfterArrival, v.Status)));
    }

    [Fact]
    public void The_survey_scores_each_dimension_by_its_weights_and_refuses_an_answer_it_does_not_offer()
    {
        var household = Arrived();
        var survey = SampleSustainabilitySurvey.Create(Now);
        var answers = new Dictionary<string, string>
        {
            ["income"] = "covers", ["work"] = "regular", ["unexpected-expense"] = "with-difficulty", ["housing"] = "partly", ["health-care"] = "sometimes",
            ["schooling"] = "no-children", ["belonging"] = "yes", ["distress"] = "sometimes", ["safety"] = "yes",
        };

        var endFirst = Assert.Throws<CaseRuleException>(() => household.RecordSurveyResponse(SurveyRound.Endline, household.Principal.Id, survey, Today, answers, Now, "reintegration"));
        Assert.Equal("round", Assert.Single(endFirst.Errors).Key);
        var wrong = new Dictionary<string, string>(answers) { ["housing"] = "castle" };
        Assert.Equal("answers.housing", Assert.Single(Assert.Throws<CaseRuleException>(() =>
            household.RecordSurveyResponse(SurveyRound.Baseline, household.Principal.Id, survey, Today, wrong, Now, "reintegration")).Errors).Key);
        Assert.Empty(household.SurveyResponses);

        var response = household.RecordSurveyResponse(SurveyRound.Baseline, household.Principal.Id, survey, Today, answers, Now, "reintegration");

        Assert.Equal((0.9m, 0.5m, 0.75m, 0.75m), (response.EconomicScore, response.SocialScore, response.PsychosocialScore, response.CompositeScore));
        Assert.Equal(("reintegration-sustainability", 1, "no-children"), (response.SurveyId, response.SurveyVersion, response.Answers["schooling"]));
        Assert.True(survey.IsSample);
    }

    [Fact]
    public void Support_declined_then_asked_for_after_reopening_is_planned_again_in_the_programmes_currency()
    {
        var household = Arrived();
        household.DeclineReintegration("Found work through relatives", Now, "reintegration");
        household.ApproveClosure(Now, "manager");

        household.Reopen("The work ended; they ask for support", Now.AddDays(30), "manager");
        household.AddReintegrationItem(new NewReintegrationItem(ReintegrationItemKind.Employment, null, "Job placement", 300, SupportModality.Cash, false, null),
            "EUR", Now.AddDays(31), "reintegration");

        Assert.Equal((PlanStatus.Draft, "EUR", (string?)null), (household.ReintegrationPlan!.Status, household.ReintegrationPlan.Currency, household.ReintegrationPlan.DecisionNote));
    }

    /// <summary>A household handed over to Islamabad, departed and arrived today.</summary>
    private static ReturnCase Arrived()
    {
        var household = OpenCase();
        household.RecordTravelDocumentReceived(new TravelDocumentFacts(TravelDocumentKind.LaissezPasser, "LP 1", Today.AddMonths(3), Today), Now, "operations");
        household.RecordConsent(household.Principal.Id, Consent(ConsentKind.TransferToOriginOfficeAndPartners), Now, "counsellor");
        household.OfferHandover("PK-ISB", "Housing", Now, "counsellor");
        household.DecideHandover(true, null, Now, "reintegration");
        household.BookTravel(new BookingFacts("TK 1022", Today, "SJJ - IST - ISB", null, null), Now, "operations");
        household.RecordDepartureOutcome(BookingStatus.Departed, Today, null, Now, "operations");
        household.ConfirmArrival(Today, Now, "reintegration");
        household.ClearPendingChanges();
        return household;
    }
}
