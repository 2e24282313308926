using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Runtime.Execution;

namespace ReturnWorkflows.Engine.Tasks;

/// <summary>
/// The base of every activity that makes a task for a person and waits for it: the task row, its due date in the
/// office's calendar, its reminders and escalation timers, and a test run's task going to the tester alone. What the
/// task says and what completing it does are the subclass's (<see cref="DescribeTask"/>, <see cref="OnCompleted"/>):
/// the plain <see cref="UserTask"/> takes everything from its inputs, a case activity has fixed outcomes and a fixed form.
/// </summary>
public abstract class HumanTaskActivity : Activity
{
    /// <summary>The bookmark a completion resumes (all task activities share it: completion finds the bookmark by id).</summary>
    public const string BookmarkName = "ReturnWorkflows.UserTask";
    public const string EscalationBookmarkName = "ReturnWorkflows.UserTask.Escalation";
    public const string ReminderBookmarkName = "ReturnWorkflows.UserTask.Reminder";
    public const string EscalatedOutcome = "Escalated";

    /// <summary>A task that completes by itself when nobody reacts in time (<see cref="TaskSpecification.CompleteAfter"/>); see <see cref="Runtime.Timers.ResumeDueTimer"/>.</summary>
    public const string TimeoutBookmarkName = "ReturnWorkflows.UserTask.Timeout";

    /// <summary>Who completes a task that timed out: no person; a case step's answers handler reads it as "by itself".</summary>
    public const string SystemActorId = "system";

    /// <summary>What a completion resumes the activity with (<see cref="Commands.CompleteHumanTask"/>).</summary>
    public const string OutcomeInputKey = "Outcome";
    public const string FormInputKey = "Form";
    public const string CompletedByInputKey = "CompletedBy";

    /// <summary>The steering values an <see cref="ITaskAnswersHandler"/> returned, if the activity type has one.</summary>
    public const string SteeringInputKey = "Steering";

    /// <summary>More would be noise rather than a schedule.</summary>
    public const int MaxReminders = 10;

    /// <summary>The task as this activity asks for it, from its evaluated inputs (and, for a case activity, the case).</summary>
    protected abstract TaskSpecification DescribeTask(ActivityExecutionContext context);

    /// <summary>
    /// The case facts (gate codes) the task may not be made before; with one unmet the activity makes no task and waits
    /// on it, and the command that records the fact releases it. None for the plain user task; none without a case.
    /// </summary>
    protected virtual IReadOnlyList<string> Preconditions => [];

    /// <summary>The person completed the task with <paramref name="outcome"/>: set outputs, then complete.</summary>
    protected abstract void OnCompleted(ActivityExecutionContext context, string outcome);

    public override void Execute(ActivityExecutionContext context)
    {
        // Whatever the drawing says, a step whose gate is unmet waits for it (a designer's test run has no case).
        if (context.Case is { } caseContext && Preconditions.Where(caseContext.UnmetGates.Contains).ToList() is { Count: > 0 } unmet)
        {
            Runtime.Cases.CaseGateBookmarks.Wait(context, caseContext.CaseId, unmet);
            return;
        }
        var spec = DescribeTask(context);
        if (string.IsNullOrWhiteSpace(spec.Title))
            throw new InvalidOperationException("The task has no title.");
        var taskId = IdGenerator.NewId();
        var bookmark = context.CreateBookmark(BookmarkName, new JsonObject { ["taskId"] = taskId });
        // A test run's task is the tester's alone: it never reaches an office queue, and nobody is reminded of it or
        // escalated to (the tester can still walk every outcome, Escalated aside).
        var tester = context.TestRunBy;
        var assignee = tester ?? spec.Assignee;
        var office = spec.CandidateOffice;
        var calendar = context.CalendarFor(office);
        var dueAt = DueDates.Resolve(spec.Due, context.Now, calendar);
        if (tester is null)
        {
            if (DueDates.Resolve(spec.EscalateAfter, dueAt ?? context.Now, calendar) is { } escalateAt)
                context.CreateBookmark(EscalationBookmarkName, new JsonObject { ["taskId"] = taskId }, dueAt: escalateAt, timerKind: "Escalation", office: office);
            ScheduleReminders(context, spec.Reminders, taskId, dueAt, calendar, office);
            if (spec.CompleteAfter is { Length: > 0 } after && DueDates.Resolve(after, context.Now, calendar) is { } timeoutAt)
                context.CreateBookmark(TimeoutBookmarkName, new JsonObject { ["taskId"] = taskId }, dueAt: timeoutAt,
                    extraPayload: new JsonObject { ["outcome"] = spec.TimeoutOutcome }, timerKind: "Completes by itself", office: office);
        }
        context.CreateTask(new HumanTask
        {
            Id = taskId,
            WorkflowInstanceId = context.WorkflowInstanceId,
            BookmarkId = bookmark.Id,
            ActivityId = context.Node.ActivityId,
            ActivityInstanceId = context.ActivityInstanceId,
            Title = spec.Title.Trim(),
            Description = spec.Description,
            FormKey = spec.FormKey,
            StepSettings = spec.StepSettings?.ToJsonString(),
            CandidateRole = spec.CandidateRole,
            CandidateOffice = office,
            Assignee = string.IsNullOrWhiteSpace(assignee) ? null : assignee,
            Status = string.IsNullOrWhiteSpace(assignee) ? HumanTaskStatus.Open : HumanTaskStatus.Assigned,
            Priority = spec.Priority,
            DueAt = dueAt,
            Outcomes = new JsonArray(spec.Outcomes.Select(o => (JsonNode?)o).ToArray()).ToJsonString(),
            CorrelationId = context.CorrelationId,
            CaseId = context.CaseId,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        });
    }

    /// <summary>Each reminder is a timer bookmark of its own; those already past are skipped.</summary>
    private static void ScheduleReminders(ActivityExecutionContext context, string? reminders, string taskId, DateTime? dueAt,
        Calendars.OfficeCalendar calendar, string? office)
    {
        var schedule = (reminders ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (schedule.Length > MaxReminders)
            throw new InvalidOperationException($"The task has {schedule.Length} reminders; at most {MaxReminders} are allowed.");
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
        if (context.ResumedBookmark?.Name == Runtime.Cases.CaseGateBookmarks.Name)
        {
            Execute(context); // released: check again, then make the task or wait on the next unmet gate
            return;
        }
        if (context.ResumedBookmark?.Name == ReminderBookmarkName)
        {
            var payload = context.ResumedBookmark.Payload is { } json ? JsonNode.Parse(json) : null;
            context.RemindAboutTask(payload?["overdue"]?.GetValue<bool>() == true, payload?["reminder"]?.GetValue<int>() ?? 0);
            return;
        }
        // A timeout completes the task through the completion command (ResumeDueTimer), never by waking the activity.
        if (context.ResumedBookmark?.Name == TimeoutBookmarkName)
            return;
        if (context.ResumedBookmark?.Name == EscalationBookmarkName)
        {
            // The task stays completable; supervisors see it as escalated. With the Escalated port the workflow leaves now.
            context.EscalateTask();
            if (context.IsPortConnected(EscalatedOutcome))
                context.Complete(EscalatedOutcome);
            return;
        }
        OnCompleted(context, context.ResumeInput?[OutcomeInputKey]?.GetValue<string>() ?? "Done");
    }
}

/// <summary>What a task activity asks for; the base turns it into the task row and its timers.</summary>
/// <param name="Due">As <see cref="DueDates"/> reads it; so are <paramref name="EscalateAfter"/>, <paramref name="CompleteAfter"/> and each of the comma-separated <paramref name="Reminders"/>.</param>
/// <param name="CompleteAfter">When nobody has completed the task by then (counted from its making), it completes by itself with <paramref name="TimeoutOutcome"/>.</param>
public sealed record TaskSpecification(
    string? Title,
    string? Description,
    string? FormKey,
    string? CandidateRole,
    string? CandidateOffice,
    string? Assignee,
    string? Due,
    int Priority,
    IReadOnlyList<string> Outcomes,
    string? EscalateAfter,
    string? Reminders,
    JsonObject? StepSettings = null,
    string? CompleteAfter = null,
    string? TimeoutOutcome = null);
