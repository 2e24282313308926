using System.Text.Json.Nodes;
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
public sealed class UserTask : Activity
{
    public const string BookmarkName = "ReturnWorkflows.UserTask";
    public const string OutcomeInputKey = "Outcome";

    [Input(Description = "What the person sees in their inbox.")]
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

    public const string FormInputKey = "Form";
    public const string CompletedByInputKey = "CompletedBy";
    public const string EscalatedOutcome = "Escalated";
    public const string EscalationBookmarkName = "ReturnWorkflows.UserTask.Escalation";
    public const string ReminderBookmarkName = "ReturnWorkflows.UserTask.Reminder";

    /// <summary>More would be noise rather than a schedule.</summary>
    public const int MaxReminders = 10;

    public override DynamicOutcomes GetDynamicOutcomes(ActivityNode node)
    {
        if (!InputJson.TryReadStaticValue(node.GetProperty("outcomes"), out var value))
            return DynamicOutcomes.Unknown;
        var outcomes = InputJson.AsStringList(value) is { Count: > 0 } chosen ? chosen : ["Done"];
        // The designer always draws the Escalated port, so a connection from it is valid.
        return DynamicOutcomes.Of(outcomes.Append(EscalatedOutcome).Distinct(StringComparer.Ordinal));
    }

    public override void Execute(ActivityExecutionContext context)
    {
        var title = context.GetInput<string>(nameof(Title));
        if (string.IsNullOrWhiteSpace(title))
            throw new InvalidOperationException("The user task has no title.");
        var outcomes = context.GetInput<string[]>(nameof(Outcomes)) is { Length: > 0 } chosen ? chosen : ["Done"];
        var taskId = IdGenerator.NewId();
        var bookmark = context.CreateBookmark(BookmarkName, new JsonObject { ["taskId"] = taskId });
        // A test run's task is the tester's alone: it never reaches an office queue, and nobody is reminded of it or
        // escalated to (the tester can still walk every outcome, Escalated aside).
        var tester = context.TestRunBy;
        var assignee = tester ?? context.GetInput<string>(nameof(Assignee));
        var office = context.GetInput<string>(nameof(CandidateOffice));
        var calendar = context.CalendarFor(office);
        var dueAt = DueDates.Resolve(context.GetInput<string>(nameof(Due)), context.Now, calendar);
        if (tester is null)
        {
            if (DueDates.Resolve(context.GetInput<string>(nameof(EscalateAfter)), dueAt ?? context.Now, calendar) is { } escalateAt)
                context.CreateBookmark(EscalationBookmarkName, new JsonObject { ["taskId"] = taskId }, dueAt: escalateAt, timerKind: "Escalation", office: office);
            ScheduleReminders(context, taskId, dueAt, calendar, office);
        }
        context.CreateTask(new HumanTask
        {
            Id = taskId,
            WorkflowInstanceId = context.WorkflowInstanceId,
            BookmarkId = bookmark.Id,
            ActivityId = context.Node.ActivityId,
            ActivityInstanceId = context.ActivityInstanceId,
            Title = title.Trim(),
            Description = context.GetInput<string>(nameof(Description)),
            FormKey = context.GetInput<string>(nameof(FormKey)),
            CandidateRole = context.GetInput<string>(nameof(CandidateRole)),
            CandidateOffice = context.GetInput<string>(nameof(CandidateOffice)),
            Assignee = string.IsNullOrWhiteSpace(assignee) ? null : assignee,
            Status = string.IsNullOrWhiteSpace(assignee) ? HumanTaskStatus.Open : HumanTaskStatus.Assigned,
            Priority = context.GetInput<int>(nameof(Priority)),
            DueAt = dueAt,
            Outcomes = new JsonArray(outcomes.Select(o => (JsonNode?)o).ToArray()).ToJsonString(),
            CorrelationId = context.CorrelationId,
            CaseId = context.CaseId,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        });
    }

    /// <summary>Each reminder is a timer bookmark of its own; those already past are skipped.</summary>
    private static void ScheduleReminders(ActivityExecutionContext context, string taskId, DateTime? dueAt, Calendars.OfficeCalendar calendar, string? office)
    {
        var schedule = (context.GetInput<string>(nameof(Reminders)) ?? "")
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (schedule.Length > MaxReminders)
            throw new InvalidOperationException($"The user task has {schedule.Length} reminders; at most {MaxReminders} are allowed.");
        for (var number = 0; number < schedule.Length; number++)
        {
            var at = DueDates.Resolve(schedule[number], dueAt ?? context.Now, calendar)!.Value;
            if (at <= context.Now) continue;
            context.CreateBookmark(ReminderBookmarkName, new JsonObject { ["taskId"] = taskId, ["reminder"] = number }, dueAt: at,
                extraPayload: new JsonObject { ["overdue"] = dueAt is { } due && at >= due }, timerKind: $"Reminder {number + 1}", office: office);
        }
    }

    public override void Resume(ActivityExecutionContext context)
    {
        if (context.ResumedBookmark?.Name == ReminderBookmarkName)
        {
            var payload = context.ResumedBookmark.Payload is { } json ? JsonNode.Parse(json) : null;
            context.RemindAboutTask(payload?["overdue"]?.GetValue<bool>() == true, payload?["reminder"]?.GetValue<int>() ?? 0);
            return;
        }
        if (context.ResumedBookmark?.Name == EscalationBookmarkName)
        {
            // The task stays completable; supervisors see it as escalated. With the Escalated port the workflow leaves now.
            context.EscalateTask();
            if (context.IsPortConnected(EscalatedOutcome))
                context.Complete(EscalatedOutcome);
            return;
        }
        var outcome = context.ResumeInput?[OutcomeInputKey]?.GetValue<string>() ?? "Done";
        context.SetOutput(nameof(Form), Serialization.JsonValues.ToPlain(context.ResumeInput?[FormInputKey]));
        context.SetOutput(nameof(CompletedBy), context.ResumeInput?[CompletedByInputKey]?.GetValue<string>());
        context.Complete(outcome);
    }
}
