namespace ReturnWorkflows.Engine.Runtime;

/// <summary>
/// Where a suspended instance waits: for an event, a task, or a moment (<see cref="DueAt"/>). Resuming deletes it,
/// and exactly one resumer can delete it. Timers are bookmarks with a due time and nothing else.
/// </summary>
public sealed class Bookmark
{
    public required string Id { get; init; }
    public required string WorkflowInstanceId { get; init; }

    /// <summary>The stimulus name, for example <c>Elsa.Event</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Uppercase hex SHA-256 of <c>name|payload</c>, as Elsa computes it; stimuli find bookmarks by it.</summary>
    public required string Hash { get; init; }

    public string? Payload { get; init; }
    public required string ActivityId { get; init; }
    public required string ActivityNodeId { get; init; }
    public required string ActivityInstanceId { get; init; }
    public string? CorrelationId { get; init; }
    public DateTime CreatedAt { get; init; }

    /// <summary>When a timer bookmark is due (UTC); null for bookmarks that wait for a stimulus.</summary>
    public DateTime? DueAt { get; init; }
}
