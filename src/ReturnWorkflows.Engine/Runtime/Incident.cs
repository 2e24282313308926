namespace ReturnWorkflows.Engine.Runtime;

/// <summary>An activity that failed: what, where and when, so an operator can retry it or cancel the instance.</summary>
public sealed class Incident
{
    public required string Id { get; init; }
    public required string WorkflowInstanceId { get; init; }
    public required string ActivityId { get; init; }
    public required string ActivityNodeId { get; init; }
    public required string ActivityType { get; init; }
    public string? ActivityInstanceId { get; init; }
    public required string Message { get; init; }

    /// <summary>Elsa's exception record as JSON: type, message, stack trace, inner exception.</summary>
    public string? Exception { get; init; }

    public required DateTime Timestamp { get; init; }
    public DateTime? ResolvedAt { get; set; }
}
