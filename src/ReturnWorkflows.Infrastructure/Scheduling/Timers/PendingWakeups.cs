namespace ReturnWorkflows.Infrastructure.Scheduling.Timers;

/// <summary>
/// The wake-ups a unit of work decided on, held until its outermost commit: jobs to schedule for new timers and jobs
/// to delete for removed ones. Hangfire's store commits on its own connection, so touching it inside the step would
/// schedule a job for a timer that a rollback (or a retry after a conflict) then takes back. One per scope.
/// </summary>
public sealed class PendingWakeups
{
    private readonly List<WakeupToSchedule> _toSchedule = [];
    private readonly List<string> _jobsToDelete = [];

    /// <summary>
    /// The wake-up job this scope runs in, if any. Its own bookmark is removed as it resumes; deleting the running job
    /// would mark a job that succeeded as deleted, so it is left to finish.
    /// </summary>
    public string? RunningJobId { get; set; }

    public bool IsEmpty => _toSchedule.Count == 0 && _jobsToDelete.Count == 0;

    public void Schedule(string bookmarkId, string label, DateTime dueAt) => _toSchedule.Add(new WakeupToSchedule(bookmarkId, label, dueAt));

    public void Delete(IEnumerable<string> jobIds) => _jobsToDelete.AddRange(jobIds.Where(id => id != RunningJobId));

    /// <summary>After a rollback: nothing of it happened.</summary>
    public void Clear()
    {
        _toSchedule.Clear();
        _jobsToDelete.Clear();
    }

    /// <summary>What the committed work left to do, handed over once.</summary>
    public (IReadOnlyList<WakeupToSchedule> ToSchedule, IReadOnlyList<string> JobsToDelete) Take()
    {
        var taken = (_toSchedule.ToList(), _jobsToDelete.ToList());
        Clear();
        return taken;
    }
}

public sealed record WakeupToSchedule(string BookmarkId, string Label, DateTime DueAt);
