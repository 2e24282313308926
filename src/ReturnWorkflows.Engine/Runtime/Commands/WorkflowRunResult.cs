namespace ReturnWorkflows.Engine.Runtime.Commands;

/// <summary>Where an instance stands after a command: its status and what it now waits for.</summary>
public sealed record WorkflowRunResult(
    string InstanceId,
    WorkflowStatus Status,
    WorkflowSubStatus SubStatus,
    int IncidentCount,
    IReadOnlyList<WaitingBookmark> Bookmarks);

public sealed record WaitingBookmark(string Id, string Name, string ActivityId, DateTime? DueAt);
