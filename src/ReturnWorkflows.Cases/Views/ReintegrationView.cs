using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Views;

/// <summary>
/// The reintegration section, which both offices see: who arrived (the plan is for them), the plan if started, the
/// monitoring once planned and the sustainability surveys answered. Null while nobody has arrived and there is no plan.
/// </summary>
public sealed record ReintegrationView(IReadOnlyList<string> ReturneeIds, ReintegrationPlanView? Plan, MonitoringView? Monitoring,
    IReadOnlyList<SurveyResponseView> Surveys)
{
    public static ReintegrationView? Of(ReturnCase c)
    {
        var returnees = c.Returnees.OrderBy(p => p.Position).Select(p => p.Id).ToList();
        return returnees.Count == 0 && c.ReintegrationPlan is null ? null : new ReintegrationView(returnees, ReintegrationPlanView.Of(c.ReintegrationPlan),
            MonitoringView.Of(c.MonitoringPlan),
            c.SurveyResponses.OrderBy(r => r.AnsweredOn).ThenBy(r => r.RecordedAt).Select(SurveyResponseView.Of).ToList());
    }
}

/// <summary>The monitoring plan: its contacts in order (those after the programme's end shown as such) and the sample it drew.</summary>
public sealed record MonitoringView(DateOnly ArrivedOn, DateOnly ProgrammeEndsOn, bool InSample, int? SampleSharePercent, int? SampleDraw,
    DateTime PlannedAt, IReadOnlyList<MonitoringVisitView> Visits)
{
    public static MonitoringView? Of(MonitoringPlan? plan) => plan is null ? null : new MonitoringView(plan.ArrivedOn, plan.ProgrammeEndsOn,
        plan.InSample, plan.SampleSharePercent, plan.SampleDraw, plan.PlannedAt,
        plan.Visits.OrderBy(v => v.PlannedOn).Select(v => new MonitoringVisitView(v.Id, v.MonthsAfterArrival, v.PlannedOn, v.Channel, v.Status,
            v.HeldOn, v.Note, v.RecordedBy)).ToList());
}

public sealed record MonitoringVisitView(string Id, int MonthsAfterArrival, DateOnly PlannedOn, MonitoringChannel Channel, VisitStatus Status,
    DateOnly? HeldOn, string? Note, string? RecordedBy);

/// <summary>A survey answered: who, when, on which version, every answer and its scores.</summary>
public sealed record SurveyResponseView(string Id, SurveyRound Round, string PersonId, string SurveyId, int SurveyVersion, DateOnly AnsweredOn,
    IReadOnlyDictionary<string, string> Answers, decimal? EconomicScore, decimal? SocialScore, decimal? PsychosocialScore, decimal? CompositeScore,
    string RecordedBy)
{
    public static SurveyResponseView Of(SurveyResponse r) => new(r.Id, r.Round, r.PersonId, r.SurveyId, r.SurveyVersion, r.AnsweredOn, r.Answers,
        r.EconomicScore, r.SocialScore, r.PsychosocialScore, r.CompositeScore, r.RecordedBy);
}

/// <summary>The plan with its items (by category, then as added) and where its approval and each delivery stand.</summary>
public sealed record ReintegrationPlanView(string Id, PlanStatus Status, string Currency, decimal Total, DateOnly? AgreedOn,
    DateTime? SubmittedAt, string? SubmittedBy, DateTime? ApprovedAt, string? ApprovedBy, DateTime? CapApprovedAt, string? CapApprovedBy,
    string? DecisionNote, IReadOnlyList<ReintegrationItemView> Items)
{
    public static ReintegrationPlanView? Of(ReintegrationPlan? plan) => plan is null ? null : new ReintegrationPlanView(
        plan.Id, plan.Status, plan.Currency, plan.Total, plan.AgreedOn, plan.SubmittedAt, plan.SubmittedBy, plan.ApprovedAt, plan.ApprovedBy,
        plan.CapApprovedAt, plan.CapApprovedBy, plan.DecisionNote,
        plan.Items.OrderBy(i => i.Category).ThenBy(i => i.AddedAt).Select(i => new ReintegrationItemView(i.Id, i.Category, i.Kind, i.PersonId,
            i.Description, i.Amount, i.Modality, i.ReferralNeeded, i.Provider, i.DeliveredOn, i.DeliveryNote, i.ReceiptDocumentId)).ToList());
}

public sealed record ReintegrationItemView(string Id, ReintegrationCategory Category, ReintegrationItemKind Kind, string? PersonId, string Description,
    decimal Amount, SupportModality Modality, bool ReferralNeeded, string? Provider, DateOnly? DeliveredOn, string? DeliveryNote, string? ReceiptDocumentId);
