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
/// One monitoring visit or call of the plan (domain.md, lifecycle step 11): the origin office records when it was made,
/// how, and whether anyone was reached. Due on the contact's planned day unless the designer gives a period.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Monitoring contact", Kind = ActivityKind.Task,
    Description = "The origin office makes the next planned monitoring visit or call and records it: the day, visit or phone, and whether someone of the household was reached. Due on the planned day.")]
[FlowOutcomes(Held, NotReached, EscalatedOutcome)]
public sealed class MonitoringContact : CaseActivity<MonitoringContactForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.MonitoringContact";
    public const string Held = "Held";
    public const string NotReached = "Not reached";
    public const string VisitIdSetting = "visitId";

    public override IReadOnlyList<string> TaskOutcomes => [Held, NotReached];
    protected override string DefaultTitle => "Monitoring visit";
    protected override string TaskDescription => "Visit or call the household as the monitoring plan says, then record the day, how, and what you found (note). 'Not reached' when nobody of the household could be reached.";
    protected override string? DefaultDue => null;
    protected override string? DefaultEscalateAfter => "+14 days";
    protected override string DefaultOffice => OriginOffice;
    protected override IReadOnlyList<string> AllowedRoles => [Roles.ReintegrationOfficer, Roles.Supervisor];

    protected override TaskSpecification DescribeTask(ActivityExecutionContext context)
    {
        var task = base.DescribeTask(context);
        // Without a period of its own, the task is due at the end of the contact's planned day, in the office's time.
        return task.Due is null && context.Case?.NextMonitoringContact is { } next ? task with { Due = $"{next.Day:yyyy-MM-dd}T23:59:00" } : task;
    }

    protected override JsonObject? StepSettingsOf(ActivityExecutionContext context) =>
        context.Case?.NextMonitoringContact is { } next ? new JsonObject { [VisitIdSetting] = next.Id } : null;
}

[CaseForm("case.monitoring-contact", "Monitoring visit")]
public sealed record MonitoringContactForm(
    [property: Question("Day of the contact", Required = true)] DateOnly? HeldOn,
    [property: Question("How", Required = true)] MonitoringChannel? Channel,
    [property: Question("What you found", MaxLength = MonitoringVisit.MaxNoteLength)] string? Note);

public sealed class MonitoringContactFormValidator : AbstractValidator<MonitoringContactForm>
{
    public MonitoringContactFormValidator()
    {
        RuleFor(f => f.HeldOn).NotNull().WithMessage("Give the day of the contact.");
        RuleFor(f => f.Channel).NotNull().WithMessage("Say whether it was a visit or a phone call.").IsInEnum();
        RuleFor(f => f.Note).MaximumLength(MonitoringVisit.MaxNoteLength);
    }
}

public sealed class MonitoringContactAnswers(CaseAnswerServices services, IValidator<MonitoringContactForm> validator)
    : CaseActivityAnswers<MonitoringContactForm>(services, validator)
{
    private string? _visitId;

    public override string ActivityType => MonitoringContact.TypeName;

    /// <summary>The contact is the one planned next when the task was made.</summary>
    protected override Task CheckAsync(ReturnCase returnCase, TaskAnswers answers, CancellationToken cancellationToken)
    {
        _visitId = answers.Task.StepSettings is { } settings ? JsonNode.Parse(settings)?[MonitoringContact.VisitIdSetting]?.GetValue<string>() : null;
        _visitId ??= returnCase.MonitoringPlan?.NextVisit?.Id
                     ?? throw new CaseRuleException("monitoring", "No monitoring contact is planned for the case.");
        return Task.CompletedTask;
    }

    protected override JsonObject? Apply(ReturnCase returnCase, MonitoringContactForm form, string outcome, AnswerContext context)
    {
        returnCase.RecordMonitoringVisit(_visitId!, form.HeldOn!.Value, form.Channel!.Value, outcome == MonitoringContact.Held, form.Note, context.At, context.By);
        return null;
    }
}
