namespace ReturnWorkflows.Engine.Application;

/// <summary>
/// One database transaction that a command's work shares: the definition rows, instance state, journal,
/// bookmarks and idempotency record of a step commit together or not at all. A nested begin joins the
/// transaction already open, so a domain handler can run engine work in its own commit.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Whether a transaction is open (the caller is inside another command's step).</summary>
    bool IsActive { get; }

    Task<IUnitOfWorkScope> BeginAsync(CancellationToken cancellationToken);

    /// <summary>Forgets tracked changes after a rollback, so a retry starts from what the database holds.</summary>
    void DiscardChanges();
}

/// <summary>Commits when the outermost scope commits; disposing without committing rolls back.</summary>
public interface IUnitOfWorkScope : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}

/// <summary>
/// A concurrent writer got there first (a stale revision, a duplicate version number, a second "latest").
/// The transaction behaviour retries the command from the start; if that keeps failing it answers 409.
/// </summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Marks a request that only reads. It runs without a transaction: on SQLite a transaction takes the write lock,
/// and reads should not queue behind writers.
/// </summary>
public interface IQuery;
