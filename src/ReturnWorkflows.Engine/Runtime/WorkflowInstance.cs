namespace ReturnWorkflows.Engine.Runtime;

/// <summary>
/// A running or finished workflow. The columns are what lists and filters need (status, definition, correlation,
/// dates) so they never read <see cref="State"/>, the engine's compact state document.
/// </summary>
public sealed class WorkflowInstance
{
    public required string Id { get; init; }
    public required string DefinitionId { get; init; }

    /// <summary>The version row the instance runs on for its whole life.</summary>
    public required string DefinitionVersionId { get; init; }

    public required int DefinitionVersion { get; init; }
    public string? ParentInstanceId { get; set; }
    public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;
    public WorkflowSubStatus SubStatus { get; set; } = WorkflowSubStatus.Pending;
    public string? CorrelationId { get; set; }

    /// <summary>
    /// The business record the instance serves (a return case), set at start and never changed: the correlation id
    /// can be rewritten by a script, so it is not the link access rules and reports follow.
    /// </summary>
    public string? CaseId { get; init; }
    public string? Name { get; set; }
    public int IncidentCount { get; set; }
    public bool IsSystem { get; set; }

    /// <summary>Started from the designer's Run button: kept out of case lists and reports.</summary>
    public bool IsTestRun { get; set; }

    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>The version of <see cref="State"/>'s format, so old documents can be upcast.</summary>
    public int StateFormatVersion { get; set; } = 1;

    public string State { get; set; } = "{}";

    /// <summary>Incremented by every step; the database checks it so two steps never both win.</summary>
    public long ConcurrencyVersion { get; set; }
}

/// <summary>Elsa's instance status.</summary>
public enum WorkflowStatus
{
    Running,
    Finished,
}

/// <summary>Elsa's instance sub-status (elsa-semantics.md §6).</summary>
public enum WorkflowSubStatus
{
    Pending,
    Executing,
    Suspended,
    Finished,
    Cancelled,
    Faulted,
    Interrupted,
}
