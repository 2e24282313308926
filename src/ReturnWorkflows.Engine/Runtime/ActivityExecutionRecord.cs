namespace ReturnWorkflows.Engine.Runtime;

/// <summary>
/// One activity execution as Elsa records it (elsa-semantics.md §7): what its inputs evaluated to (sensitive ones
/// redacted), how it ended, when. Upserted at every commit for the contexts a burst touched; the designer's instance
/// viewer reads these for its badges and activity details.
/// </summary>
public sealed class ActivityExecutionRecord
{
    /// <summary>The activity instance id.</summary>
    public required string Id { get; init; }

    public required string WorkflowInstanceId { get; init; }
    public required string ActivityId { get; init; }
    public required string ActivityNodeId { get; init; }
    public required string ActivityType { get; init; }
    public int ActivityTypeVersion { get; init; } = 1;
    public string? ActivityName { get; init; }

    /// <summary>Evaluated inputs by descriptor name, as JSON; sensitive inputs appear as <see cref="Redacted"/>.</summary>
    public string? ActivityState { get; set; }

    /// <summary>Journal data such as <c>{"Outcomes":["True"]}</c>.</summary>
    public string? Payload { get; set; }

    public string? Exception { get; set; }
    /// <summary>
    /// Where the activity started among the instance's executions: the journal sequence of its "Started" line, so
    /// records list in the order things ran even when a fast step gives several the same <see cref="StartedAt"/>.
    /// </summary>
    public long Sequence { get; init; }

    public required DateTime StartedAt { get; init; }
    public DateTime? CompletedAt { get; set; }
    public bool HasBookmarks { get; set; }
    public string Status { get; set; } = "Running";

    public const string Redacted = "***";
}
