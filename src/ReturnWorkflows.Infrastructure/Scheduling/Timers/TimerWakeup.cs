namespace ReturnWorkflows.Infrastructure.Scheduling.Timers;

/// <summary>
/// A timer bookmark's Hangfire wake-up: written in the step with the bookmark (so it commits or rolls back with it),
/// its job id filled in once the job is scheduled after the commit. Removing the bookmark removes this row in the same
/// step and deletes the job after that commit. No foreign key to the bookmark: a row whose bookmark vanished another
/// way (its instance deleted) still names a job to delete, and the recovery job does.
/// </summary>
public sealed class TimerWakeup
{
    public required string BookmarkId { get; init; }

    /// <summary>The job's name in the dashboard (<see cref="Engine.Runtime.Timers.TimerLabel"/>): no personal data.</summary>
    public required string Label { get; init; }

    /// <summary>Null until the job is scheduled (and for good when no Hangfire is configured, as in engine tests).</summary>
    public string? JobId { get; set; }
}
