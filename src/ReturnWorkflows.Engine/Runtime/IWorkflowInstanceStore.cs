using ReturnWorkflows.Engine.Runtime.Execution;

namespace ReturnWorkflows.Engine.Runtime;

/// <summary>
/// Instances, their bookmarks and what a burst writes. Used inside a unit of work; locks are taken in one order
/// everywhere: the instance, then its bookmarks.
/// </summary>
public interface IWorkflowInstanceStore
{
    /// <summary>Loads the instance and locks it until the transaction ends (PostgreSQL: FOR UPDATE; SQLite: the write lock is already held).</summary>
    Task<WorkflowInstance?> LockAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>
    /// For the timer drain: locks the instance that owns a due bookmark, without waiting. Null when the bookmark is gone
    /// or not yet due, or when another node holds the instance (it will be tried again on the next drain).
    /// </summary>
    Task<WorkflowInstance?> TryLockForDueBookmarkAsync(string bookmarkId, DateTime now, CancellationToken cancellationToken);

    /// <summary>Locks the instance that owns a bookmark, waiting for it like <see cref="LockAsync"/>; null when the bookmark is gone.</summary>
    Task<WorkflowInstance?> LockForBookmarkAsync(string bookmarkId, CancellationToken cancellationToken);

    /// <summary>
    /// Locks the instance that owns a human task, waiting like <see cref="LockAsync"/>; null when the task is gone. One
    /// statement, so a completion reads its task once, after the lock (instance first, then the task, as everywhere).
    /// </summary>
    Task<WorkflowInstance?> LockForTaskAsync(string taskId, CancellationToken cancellationToken);

    /// <summary>Ids of timer bookmarks due by <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<string>> ListDueBookmarkIdsAsync(DateTime now, int limit, CancellationToken cancellationToken);

    Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken);
    Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(string instanceId, CancellationToken cancellationToken);
    Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string hash, string? correlationId, string? instanceId, CancellationToken cancellationToken);

    /// <summary>Consumes a bookmark (and a timer's wake-up row): true for exactly one caller, false when it was already gone.</summary>
    Task<bool> TryDeleteBookmarkAsync(Bookmark bookmark, CancellationToken cancellationToken);

    /// <summary>The instances serving a case that have not ended (running or faulted): what closing the case cancels.</summary>
    Task<IReadOnlyList<string>> UnfinishedInstanceIdsOfCaseAsync(string caseId, CancellationToken cancellationToken);

    void Add(WorkflowInstance instance);

    /// <summary>Marks the instance's open incidents resolved (an operator retried the activity).</summary>
    Task ResolveIncidentsAsync(string instanceId, string activityInstanceId, DateTime resolvedAt, CancellationToken cancellationToken);

    /// <summary>When an instance is cancelled: its open, assigned and escalated tasks become Cancelled.</summary>
    Task CancelOpenTasksAsync(string instanceId, DateTime now, CancellationToken cancellationToken);

    /// <summary>When an instance is cancelled: its unfinished activity executions become Canceled.</summary>
    Task CancelUnfinishedExecutionsAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Writes what a burst changed: the instance row, journal, new and burned bookmarks, incidents.</summary>
    /// <param name="writeNow">False: the rows are staged in the unit of work and written by its commit (or an earlier
    /// save), in one batch with the command's other changes; the statements that must run in order still run now.</param>
    Task SaveBurstAsync(WorkflowInstance instance, BurstResult result, CancellationToken cancellationToken, bool writeNow = true);
}
