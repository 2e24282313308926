using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Cases.ReferenceData;

namespace ReturnWorkflows.Cases.Model;

// Monitoring after the arrival (domain.md, lifecycle step 11): contacts planned from the arrival, cut at the programme's
// end, the sample the case may be in, and the sustainability survey at baseline and at the end.
public sealed partial class ReturnCase
{
    public const int MaxSurveyResponses = 40;

    private readonly List<SurveyResponse> _surveyResponses = [];

    public MonitoringPlan? MonitoringPlan { get; private set; }

    public IReadOnlyList<SurveyResponse> SurveyResponses => _surveyResponses;

    /// <summary>
    /// Plans the monitoring contacts from the household's arrival on <paramref name="slots"/>; a contact whose day falls
    /// after the programme's end is kept as not planned, so the case page shows what the programme's end cut. Out of the
    /// sample, nothing is planned. Planning again (a reopened case) keeps the contacts made.
    /// </summary>
    public MonitoringPlan PlanMonitoring(IReadOnlyList<MonitoringSlot> slots, DateOnly programmeEndsOn, MonitoringSample? sample, DateTime at, string by)
    {
        RequireOpen();
        var arrivedOn = Returnees.Min(p => p.ArrivedOn)
                        ?? throw new CaseRuleException("monitoring", "Monitoring is planned from the arrival: confirm the arrival first.");
        var plan = MonitoringPlan;
        if (plan is null)
            plan = MonitoringPlan = new MonitoringPlan(NewRecordId(), Id, arrivedOn, programmeEndsOn, sample, at, by);
        else
            plan.Replan(sample, programmeEndsOn, at, by);
        if (plan.InSample)
        {
            foreach (var slot in slots.Where(s => plan.Visits.All(v => v.MonthsAfterArrival != s.MonthsAfterArrival)))
            {
                var day = arrivedOn.AddMonths(slot.MonthsAfterArrival);
                plan.Add(new MonitoringVisit(NewRecordId(), plan.Id, slot, day, afterProgrammeEnd: day > programmeEndsOn));
            }
        }
        var planned = plan.Visits.Count(v => v.Status == VisitStatus.Planned);
        var cut = plan.Visits.Count(v => v.Status == VisitStatus.AfterProgrammeEnd);
        _changes.Add(new CaseChange(CaseSections.Reintegration, "monitoring.plan", null,
            plan.InSample ? $"{planned} contacts planned, {cut} after the programme's end" : $"not in the sample (draw {sample!.Draw} of {sample.SharePercent}%)"));
        Touch(at, by);
        return plan;
    }

    /// <summary>What came of a planned contact: held (someone was reached) or not reached; the day it was made.</summary>
    public void RecordMonitoringVisit(string visitId, DateOnly heldOn, MonitoringChannel channel, bool reached, string? note, DateTime at, string by)
    {
        RequireOpen();
        var plan = MonitoringPlan ?? throw new CaseRuleException("monitoring", "No monitoring is planned for the case.");
        var visit = plan.Visits.FirstOrDefault(v => v.Id == visitId)
                    ?? throw new NotFoundException("visitId", $"The monitoring plan has no contact '{visitId}'.");
        if (visit.Status != VisitStatus.Planned)
            throw new CaseRuleException("visitId", $"The +{visit.MonthsAfterArrival} months contact is {visit.Status}; it is not planned any more.");
        if (heldOn > DateOnly.FromDateTime(at).AddDays(1))
            throw new CaseRuleException("form.heldOn", "The date is in the future.");
        if (heldOn < plan.ArrivedOn)
            throw new CaseRuleException("form.heldOn", $"They arrived on {plan.ArrivedOn:yyyy-MM-dd}; a monitoring contact cannot be earlier.");
        visit.Record(heldOn, channel, reached, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), at, by);
        _changes.Add(new CaseChange(CaseSections.Reintegration, $"monitoring.visits[{visit.Id}]", nameof(VisitStatus.Planned), $"{visit.Status} {heldOn:yyyy-MM-dd} ({channel})"));
        Touch(at, by);
    }

    /// <summary>A returnee's answers to the survey, scored by the version they were given on.</summary>
    public SurveyResponse RecordSurveyResponse(SurveyRound round, string personId, SustainabilitySurvey survey, DateOnly answeredOn,
        IReadOnlyDictionary<string, string> answers, DateTime at, string by)
    {
        RequireOpen();
        if (!Returnees.Any(p => p.Id == personId))
            throw new CaseRuleException("personId", "The survey is answered by a returnee: choose someone who arrived.");
        if (_surveyResponses.Count >= MaxSurveyResponses)
            throw new CaseRuleException("round", $"A case keeps at most {MaxSurveyResponses} survey responses.");
        if (answeredOn > DateOnly.FromDateTime(at).AddDays(1))
            throw new CaseRuleException("answeredOn", "The date is in the future.");
        if (Returnees.Min(p => p.ArrivedOn) is { } arrived && answeredOn < arrived)
            throw new CaseRuleException("answeredOn", $"They arrived on {arrived:yyyy-MM-dd}; the survey cannot be answered before.");
        if (round == SurveyRound.Endline && _surveyResponses.All(r => r.Round != SurveyRound.Baseline))
            throw new CaseRuleException("round", "Record the baseline survey before the one at the end.");
        var scores = survey.Score(answers);
        var response = new SurveyResponse(NewRecordId(), Id, round, personId, survey, answeredOn, answers, scores, at, by);
        _surveyResponses.Add(response);
        _changes.Add(new CaseChange(CaseSections.Reintegration, $"monitoring.surveys[{response.Id}]", null,
            $"{round} v{survey.Version}: composite {scores.Composite:0.000}"));
        Touch(at, by);
        return response;
    }

    /// <summary>The survey step completes only once a response of its round is recorded.</summary>
    public void RequireSurveyResponse(SurveyRound round)
    {
        if (_surveyResponses.All(r => r.Round != round))
            throw new CaseRuleException("survey", $"No {round.ToString().ToLowerInvariant()} survey is recorded: record the returnee's answers on the case page first.");
    }
}
