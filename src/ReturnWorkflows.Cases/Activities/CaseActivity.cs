using System.Text.Json.Nodes;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Serialization;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// A step of the return case's lifecycle done by a person: a task with a fixed form and fixed outcomes, whose answers
/// land in the case (through the activity type's <see cref="CaseActivityAnswers{TForm}"/>), not in the workflow. The
/// designer edits only what a programme may vary: title, due date, reminders, escalation, priority, which of the case's
/// offices takes it (never a typed office code) and which role (from the activity's allowed list).
/// </summary>
public abstract class CaseActivity : HumanTaskActivity, IInputDefaults
{
    public const string Category = "Return case";
    public const string HostOffice = "Host";
    public const string OriginOffice = "Origin";

    [Input(Description = "What the person sees in their inbox.", Order = 1)]
    public string? Title { get; init; }

    [Input(DisplayName = "Office", Description = "Which of the case's offices does it: the host office or the origin office in the country of return.",
        UiHint = UiHints.Dropdown, Options = [HostOffice, OriginOffice], DefaultValue = HostOffice, Order = 2)]
    public string? Office { get; init; }

    [Input(DisplayName = "Role", Description = "Who in that office may take it.", UiHint = UiHints.Dropdown, Order = 3)]
    public string? CandidateRole { get; init; }

    [Input(Description = "How long they have: '+3 working days' (in the office's calendar), '+2 weeks' or a time span (3.00:00:00).", Order = 4)]
    public string? Due { get; init; }

    [Input(DisplayName = "Reminders", Description = "When to remind whoever holds the task, relative to its due date, comma-separated: '-1 working day, +1 day'.", Order = 5)]
    public string? Reminders { get; init; }

    [Input(DisplayName = "Escalate after", Description = "How long after the due date the task escalates to the office's supervisors: '+2 days'. If the Escalated port is connected, the workflow leaves through it then.", Order = 6)]
    public string? EscalateAfter { get; init; }

    [Input(DefaultValue = 0, Order = 7)]
    public int Priority { get; init; }

    /// <summary>The form the task shows; its answers are applied to the case.</summary>
    public abstract Type FormType { get; }

    /// <summary>The outcomes the person chooses from (each a port), Escalated aside.</summary>
    public abstract IReadOnlyList<string> TaskOutcomes { get; }

    /// <summary>The title a new activity has, and what the task says it is for.</summary>
    protected abstract string DefaultTitle { get; }

    protected abstract string TaskDescription { get; }

    protected abstract string? DefaultDue { get; }

    /// <summary>The reminder schedule and escalation a new activity has; none unless the step says.</summary>
    protected virtual string? DefaultReminders => null;

    protected virtual string? DefaultEscalateAfter => null;

    /// <summary>Which of the case's offices a new activity gives the step to.</summary>
    protected virtual string DefaultOffice => HostOffice;

    /// <summary>When the step completes by itself without a reaction, and with which outcome; none unless the step says.</summary>
    protected virtual (string? After, string Outcome)? TimeoutOf(ActivityExecutionContext context) => null;

    /// <summary>The roles that may do it, the first the default.</summary>
    protected abstract IReadOnlyList<string> AllowedRoles { get; }

    public IReadOnlyDictionary<string, InputDefault> InputDefaults
    {
        get
        {
            var defaults = new Dictionary<string, InputDefault>
            {
                [nameof(Title)] = new(DefaultTitle),
                [nameof(Office)] = new(DefaultOffice, [HostOffice, OriginOffice]),
                [nameof(CandidateRole)] = new(AllowedRoles[0], AllowedRoles),
                [nameof(Due)] = new(DefaultDue),
            };
            if (DefaultReminders is not null) defaults[nameof(Reminders)] = new(DefaultReminders);
            if (DefaultEscalateAfter is not null) defaults[nameof(EscalateAfter)] = new(DefaultEscalateAfter);
            return defaults;
        }
    }

    protected override TaskSpecification DescribeTask(ActivityExecutionContext context)
    {
        var role = context.GetInput<string>(nameof(CandidateRole)) is { Length: > 0 } chosen ? chosen : AllowedRoles[0];
        if (!AllowedRoles.Contains(role, StringComparer.Ordinal))
            throw new InvalidOperationException($"'{role}' may not do this step; choose one of: {string.Join(", ", AllowedRoles)}.");
        return new TaskSpecification(
            context.GetInput<string>(nameof(Title)) is { Length: > 0 } title ? title : DefaultTitle,
            TaskDescription,
            CaseForms.KeyOf(FormType),
            role,
            OfficeOf(context),
            Assignee: null,
            context.GetInput<string>(nameof(Due)),
            context.GetInput<int>(nameof(Priority)),
            TaskOutcomes,
            context.GetInput<string>(nameof(EscalateAfter)),
            context.GetInput<string>(nameof(Reminders)),
            StepSettingsOf(context),
            TimeoutOf(context)?.After,
            TimeoutOf(context)?.Outcome);
    }

    /// <summary>The inputs the answers are checked against, kept on the task (<see cref="HumanTask.StepSettings"/>); none by default.</summary>
    protected virtual JsonObject? StepSettingsOf(ActivityExecutionContext context) => null;

    /// <summary>The office is the case's, read when the step starts; a test run without a case has none (its task is the tester's).</summary>
    private string? OfficeOf(ActivityExecutionContext context)
    {
        if (context.Case is not { } caseContext) return null;
        return (context.GetInput<string>(nameof(Office)) is { Length: > 0 } chosen ? chosen : DefaultOffice) switch
        {
            OriginOffice => caseContext.OriginOffice
                            ?? throw new InvalidOperationException($"The case's country of return ({caseContext.CountryOfReturn}) has no origin office to give this step to."),
            HostOffice => caseContext.HostOffice,
            var other => throw new InvalidOperationException($"'{other}' is not an office of the case; choose {HostOffice} or {OriginOffice}."),
        };
    }

    /// <summary>The steering values the answers handler returned become the activity's outputs; the answers themselves stay in the case.</summary>
    protected override void OnCompleted(ActivityExecutionContext context, string outcome)
    {
        if (context.ResumeInput?[SteeringInputKey] is JsonObject steering)
        {
            foreach (var (name, value) in steering)
                context.SetOutput(name, JsonValues.ToPlain(value));
        }
        context.SetOutput(nameof(UserTask.CompletedBy), context.ResumeInput?[CompletedByInputKey]?.GetValue<string>());
        context.Complete(outcome);
    }
}

/// <summary>A case activity whose form is the record <typeparamref name="TForm"/>.</summary>
public abstract class CaseActivity<TForm> : CaseActivity where TForm : class
{
    public override Type FormType => typeof(TForm);

    [Output(DisplayName = "Completed by", Description = "The user name of whoever completed the task.")]
    public string? CompletedBy { get; init; }
}
