namespace ReturnWorkflows.Engine.Runtime.Execution;

/// <summary>
/// Everything one burst changed, for the caller to write in the same transaction: the instance's status and state
/// (already updated on the objects passed in), and the rows to add or remove.
/// </summary>
public sealed class BurstResult
{
    public List<JournalEntry> Journal { get; } = [];
    public List<Bookmark> CreatedBookmarks { get; } = [];

    /// <summary>For each timer among <see cref="CreatedBookmarks"/>, by bookmark id: what its wake-up job is called (<see cref="Timers.TimerLabel"/>).</summary>
    public Dictionary<string, string> TimerLabels { get; } = new(StringComparer.Ordinal);

    /// <summary>Bookmarks that no longer wait: resumed, or of canceled activities.</summary>
    public List<string> BurnedBookmarkIds { get; } = [];

    public List<Incident> Incidents { get; } = [];

    /// <summary>Human tasks created by user-task activities in this burst.</summary>
    public List<Tasks.HumanTask> CreatedTasks { get; } = [];

    /// <summary>Activity instances whose open tasks are cancelled because the activity was cancelled or the instance ended.</summary>
    public List<string> CancelledTaskActivityInstanceIds { get; } = [];

    /// <summary>Activity instances whose tasks became overdue past their escalation rule.</summary>
    public List<string> EscalatedTaskActivityInstanceIds { get; } = [];

    /// <summary>Reminders due for tasks in this burst, to tell whoever holds them.</summary>
    public List<Tasks.TaskReminder> TaskReminders { get; } = [];

    /// <summary>Messages to send once this step has committed.</summary>
    public List<Notifications.OutboxMessage> Outbox { get; } = [];

    /// <summary>Events published by PublishEvent activities, to deliver after the burst.</summary>
    public List<PublishedEvent> PublishedEvents { get; } = [];

    /// <summary>Workflows to start once this step is written, in the same transaction (a case entering its next phase).</summary>
    public List<WorkflowStartRequest> StartedWorkflows { get; } = [];

    /// <summary>Changes to the instance's case, applied once this step is written, before the workflows it starts.</summary>
    public List<Cases.CaseUpdateRequest> CaseUpdates { get; } = [];

    /// <summary>The latest record of every activity execution this burst touched, by activity instance id.</summary>
    public Dictionary<string, ActivityExecutionRecord> ActivityExecutions { get; } = new(StringComparer.Ordinal);
}
