using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The sustainability survey at baseline or at the end of monitoring (domain.md, "Monitoring and evaluation"): a
/// returnee answers the programme's current survey on the case page, where it is scored; this task completes once
/// an answer of its round is recorded, and is not made when one is already.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Sustainability survey", Kind = ActivityKind.Task,
    Description = "A returnee answers the reintegration sustainability survey (economic, social and psychosocial questions), recorded on the case page; at baseline or at the end of monitoring, as chosen here.")]
[FlowOutcomes(Recorded, EscalatedOutcome)]
public sealed class SustainabilitySurveyStep : CaseActivity<SustainabilitySurveyForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.SustainabilitySurvey";
    public const string Recorded = "Recorded";
    public const string RoundSetting = "round";

    [Input(DisplayName = "Round", Description = "Baseline (at the start of monitoring) or Endline (at its end).", UiHint = UiHints.Dropdown,
        Options = [nameof(SurveyRound.Baseline), nameof(SurveyRound.Endline)], DefaultValue = nameof(SurveyRound.Baseline), Order = 8)]
    public string? Round { get; init; }

    public override IReadOnlyList<string> TaskOutcomes => [Recorded];
    protected override string DefaultTitle => "Sustainability survey";
    protected override string TaskDescription => "Go through the sustainability survey with a returnee and record their answers on the case page (Monitoring). Complete this task once they are recorded.";
    protected override string? DefaultDue => "+30 days";
    protected override string? DefaultEscalateAfter => "+14 days";
    protected override string DefaultOffice => OriginOffice;
    protected override IReadOnlyList<string> AllowedRoles => [Roles.ReintegrationOfficer, Roles.Supervisor];

    /// <summary>A survey of this round recorded already (a reopened case, or answered early on the case page) is not asked again.</summary>
    public override void Execute(ActivityExecutionContext context)
    {
        var gate = RoundOf(context) == SurveyRound.Baseline ? CaseGates.BaselineSurvey : CaseGates.EndlineSurvey;
        if (context.Case is { } caseContext && !caseContext.UnmetGates.Contains(gate))
        {
            context.Complete(Recorded);
            return;
        }
        base.Execute(context);
    }

    protected override TaskSpecification DescribeTask(ActivityExecutionContext context)
    {
        var task = base.DescribeTask(context);
        // The round tells the person which survey this is, whatever title the designer gave the step.
        return task with { Description = $"{RoundOf(context)}: {task.Description}" };
    }

    protected override JsonObject? StepSettingsOf(ActivityExecutionContext context) => new() { [RoundSetting] = RoundOf(context).ToString() };

    private static SurveyRound RoundOf(ActivityExecutionContext context) =>
        Enum.TryParse<SurveyRound>(context.GetInput<string>(nameof(Round)), out var round) ? round : SurveyRound.Baseline;
}

[CaseForm("case.sustainability-survey", "Sustainability survey")]
public sealed record SustainabilitySurveyForm(
    [property: Question("Remarks on the survey", MaxLength = 2000)] string? Note);

public sealed class SustainabilitySurveyFormValidator : AbstractValidator<SustainabilitySurveyForm>
{
    public SustainabilitySurveyFormValidator() => RuleFor(f => f.Note).MaximumLength(2000);
}

public sealed class SustainabilitySurveyAnswers(CaseAnswerServices services, IValidator<SustainabilitySurveyForm> validator)
    : CaseActivityAnswers<SustainabilitySurveyForm>(services, validator)
{
    private SurveyRound _round = SurveyRound.Baseline;

    public override string ActivityType => SustainabilitySurveyStep.TypeName;

    protected override Task CheckAsync(ReturnCase returnCase, TaskAnswers answers, CancellationToken cancellationToken)
    {
        if (answers.Task.StepSettings is { } settings && JsonNode.Parse(settings)?[SustainabilitySurveyStep.RoundSetting]?.GetValue<string>() is { } round)
            _round = Enum.Parse<SurveyRound>(round);
        return Task.CompletedTask;
    }

    protected override JsonObject? Apply(ReturnCase returnCase, SustainabilitySurveyForm form, string outcome, AnswerContext context)
    {
        returnCase.RequireSurveyResponse(_round);
        return null;
    }
}
