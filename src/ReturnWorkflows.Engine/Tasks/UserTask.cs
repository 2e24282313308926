using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Expressions;
using ReturnWorkflows.Engine.Runtime.Execution;

namespace ReturnWorkflows.Engine.Tasks;

/// <summary>
/// A task for a person: it creates a task row for the inbox and waits until someone completes it, then leaves through
/// the outcome they chose (each outcome is a port).
/// </summary>
[Activity("ReturnWorkflows.UserTask", "Human tasks", DisplayName = "User task", Kind = ActivityKind.Task,
    Description = "Asks a person (a role in an office, or a named user) to do something and choose an outcome.")]
public sealed class UserTask : HumanTaskActivity
{
    [Input(Description = "What the person sees in their inbox. Leave it empty to use the step's Display text (Common tab), which is also what the node shows.")]
    public string? Title { get; init; }

    [Input(UiHint = UiHints.MultiLine)]
    public string? Description { get; init; }

    [Input(DisplayName = "Form", Description = "The form the person fills in.", UiHint = UiHints.Dropdown, OptionsFrom = InputOptionLists.Forms)]
    public string? FormKey { get; init; }

    [Input(DisplayName = "Candidate role", Description = "Who may take it.", UiHint = UiHints.Dropdown, OptionsFrom = InputOptionLists.TaskRoles)]
    public string? CandidateRole { get; init; }

    [Input(DisplayName = "Candidate office", Description = "Which office's people may take it; its calendar sets the due dates.",
        UiHint = UiHints.Dropdown, OptionsFrom = InputOptionLists.Offices)]
    public string? CandidateOffice { get; init; }

    [Input(Description = "A named person to assign it to directly.")]
    public string? Assignee { get; init; }

    [Input(Description = "How long the person has: a time span (3.00:00:00), a calendar offset in the office's calendar (+3 working days, +2 months) or a date.")]
    public string? Due { get; init; }

    [Input(DefaultValue = 0)]
    public int Priority { get; init; }

    [Input(Description = "The outcomes the person can choose; each is an outgoing port.", DefaultSyntax = "Object",
        UiHint = UiHints.DynamicOutcomes, DefaultValue = new[] { "Done" }, FixedOutcomes = [EscalatedOutcome])]
    public string[]? Outcomes { get; init; }

    [Input(DisplayName = "Escalate after", Description = "How long after the due date (or creation, without one) the task escalates to the office's supervisors: a span or '+2 days'. If the Escalated port is connected, the workflow leaves through it then; otherwise the task waits on.")]
    public string? EscalateAfter { get; init; }

    [Input(DisplayName = "Reminders", Description = "When to remind whoever holds the task, relative to its due date (or creation, without one), comma-separated: '-1 working day, +1 day, +3 days'. Before the due date it is a 'due soon' reminder, after it an 'overdue' one.")]
    public string? Reminders { get; init; }

    [Output(Description = "What the person filled in (the form's fields), for later steps.")]
    public object? Form { get; init; }

    [Output(DisplayName = "Completed by", Description = "The user name of whoever completed the task.")]
    public string? CompletedBy { get; init; }

    public override DynamicOutcomes GetDynamicOutcomes(ActivityNode node)
    {
        if (!InputJson.TryReadStaticValue(node.GetProperty("outcomes"), out var value))
            return DynamicOutcomes.Unknown;
        var outcomes = InputJson.AsStringList(value) is { Count: > 0 } chosen ? chosen : ["Done"];
        // The designer always draws the Escalated port, so a connection from it is valid.
        return DynamicOutcomes.Of(outcomes.Append(EscalatedOutcome).Distinct(StringComparer.Ordinal));
    }

    protected override TaskSpecification DescribeTask(ActivityExecutionContext context) => new(
        TitleOf(context),
        context.GetInput<string>(nameof(Description)),
        context.GetInput<string>(nameof(FormKey)),
        context.GetInput<string>(nameof(CandidateRole)),
        context.GetInput<string>(nameof(CandidateOffice)),
        context.GetInput<string>(nameof(Assignee)),
        context.GetInput<string>(nameof(Due)),
        context.GetInput<int>(nameof(Priority)),
        context.GetInput<string[]>(nameof(Outcomes)) is { Length: > 0 } chosen ? chosen : ["Done"],
        context.GetInput<string>(nameof(EscalateAfter)),
        context.GetInput<string>(nameof(Reminders)));

    /// <summary>
    /// The inbox title: the Title input, else the step's display text (what the designer's node shows), else the
    /// activity type's name, so a manager who named the node once has named the task too.
    /// </summary>
    private static string TitleOf(ActivityExecutionContext context) =>
        context.GetInput<string>(nameof(Title)) is { Length: > 0 } title && !string.IsNullOrWhiteSpace(title) ? title
        : (string?)context.Node.Activity?.Metadata["displayText"] is { } displayText && !string.IsNullOrWhiteSpace(displayText) ? displayText
        : "User task";

    protected override void OnCompleted(ActivityExecutionContext context, string outcome)
    {
        context.SetOutput(nameof(Form), Serialization.JsonValues.ToPlain(context.ResumeInput?[FormInputKey]));
        context.SetOutput(nameof(CompletedBy), context.ResumeInput?[CompletedByInputKey]?.GetValue<string>());
        context.Complete(outcome);
    }
}
