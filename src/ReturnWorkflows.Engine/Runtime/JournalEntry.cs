namespace ReturnWorkflows.Engine.Runtime;

/// <summary>One line of an instance's execution journal, as Elsa records it (elsa-semantics.md §7).</summary>
public sealed class JournalEntry
{
    /// <summary>In the payload of a "Resumed" entry: the name of the timer bookmark that fired (with its "DueAt").</summary>
    public const string TimerPayloadKey = "Timer";

    public required string Id { get; init; }
    public required string WorkflowInstanceId { get; init; }

    /// <summary>Per instance, from 0, in the order things happened.</summary>
    public required long Sequence { get; init; }

    public string? ActivityInstanceId { get; init; }
    public string? ParentActivityInstanceId { get; init; }
    public required string ActivityId { get; init; }
    public required string ActivityType { get; init; }
    public int ActivityTypeVersion { get; init; } = 1;
    public string? ActivityName { get; init; }
    public required string NodeId { get; init; }
    public required DateTime Timestamp { get; init; }
    public string? EventName { get; init; }
    public string? Message { get; init; }
    public string? Source { get; init; }

    /// <summary>JSON; sensitive inputs are redacted before they get here.</summary>
    public string? Payload { get; init; }
}
