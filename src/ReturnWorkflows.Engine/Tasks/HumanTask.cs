namespace ReturnWorkflows.Engine.Tasks;

/// <summary>
/// Work for a person, created by a user-task activity: a row the inbox queries with indexes (never a scan of
/// workflow state). It lives as long as its activity waits; completing it resumes the workflow in the same commit.
/// </summary>
public sealed class HumanTask
{
    public required string Id { get; init; }
    public required string WorkflowInstanceId { get; init; }

    /// <summary>The bookmark the completion resumes.</summary>
    public required string BookmarkId { get; init; }

    public required string ActivityId { get; init; }
    public required string ActivityInstanceId { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }

    /// <summary>Which form the inbox shows (the case domain defines forms).</summary>
    public string? FormKey { get; init; }

    /// <summary>
    /// The step's settings its answers are checked against (a window in days, as the designer set it), as JSON; never
    /// personal data. Null for most tasks.
    /// </summary>
    public string? StepSettings { get; init; }

    public string? CandidateRole { get; init; }
    public string? CandidateOffice { get; init; }
    public HumanTaskStatus Status { get; set; } = HumanTaskStatus.Open;
    public string? Assignee { get; set; }
    public int Priority { get; init; }
    public DateTime? DueAt { get; init; }

    /// <summary>The outcomes the person can choose, as a JSON array; each is an outgoing port of the activity.</summary>
    public required string Outcomes { get; init; }

    public string? CorrelationId { get; init; }

    /// <summary>The case of the task's instance, copied when the task is made, so access rules join tasks to cases directly.</summary>
    public string? CaseId { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? Outcome { get; set; }

    /// <summary>What the person filled in when completing, as JSON (checked against the form first).</summary>
    public string? FormData { get; set; }

    /// <summary>The supervisor who last moved the task, and when.</summary>
    public string? ReassignedBy { get; set; }

    public DateTime? ReassignedAt { get; set; }

    /// <summary>When the overdue sweep told whoever holds the task that it is overdue (it does so once).</summary>
    public DateTime? OverdueNoticedAt { get; set; }

    /// <summary>Incremented by every change; the database checks it, so two claims cannot both win.</summary>
    public int Version { get; set; }
}

public enum HumanTaskStatus
{
    /// <summary>Available to its candidates.</summary>
    Open,
    /// <summary>Claimed by, or assigned to, one person.</summary>
    Assigned,
    Completed,
    /// <summary>Its workflow moved on or was cancelled.</summary>
    Cancelled,
    /// <summary>Overdue past its escalation rule; still completable.</summary>
    Escalated,
}
