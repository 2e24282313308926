namespace ReturnWorkflows.Cases.Timeline;

/// <summary>
/// What the workflows did for a case: its phases (workflow instances) started and ended, its tasks opened, found
/// overdue and completed, and the steps that failed (from the workflow journal). Infrastructure reads it from the
/// engine's tables by the case id they carry; none of it holds personal data (titles and names come from designs).
/// </summary>
public interface ICaseWorkHistory
{
    Task<IReadOnlyList<CaseWorkEvent>> ForCaseAsync(string caseId, CancellationToken cancellationToken);
}

public enum CaseWorkEventKind
{
    PhaseStarted,
    PhaseCompleted,
    PhaseCancelled,

    /// <summary>A step of the phase failed (the journal's "Faulted" line); operations staff retry it.</summary>
    StepFailed,

    TaskOpened,

    /// <summary>The task passed its due time and its office's supervisors were told.</summary>
    TaskOverdue,

    TaskCompleted,
}

/// <param name="Title">The phase's or task's name, or the failed step's.</param>
/// <param name="Actor">Who completed the task; null for what the system did.</param>
/// <param name="Outcome">The completed task's outcome.</param>
public sealed record CaseWorkEvent(DateTime At, CaseWorkEventKind Kind, string Title, string? Actor = null, string? Outcome = null);
