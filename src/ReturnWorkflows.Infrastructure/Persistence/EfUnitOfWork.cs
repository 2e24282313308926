using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Infrastructure.Scheduling.Timers;

namespace ReturnWorkflows.Infrastructure.Persistence;

/// <summary>
/// One database transaction per request scope. On SQLite it begins IMMEDIATE (Microsoft.Data.Sqlite's default),
/// so the write lock is taken up front and a step never fails half-way on lock upgrade. Timer wake-ups the step
/// decided on reach Hangfire only after the outermost commit; a rollback or a retry forgets them. Document files follow
/// the same way: deleted after the commit, and those written removed again on a rollback.
/// </summary>
internal sealed class EfUnitOfWork(ReturnWorkflowsDbContext db, PendingWakeups wakeups, TimerWakeupScheduling scheduling,
    Documents.DocumentFileChanges files) : IUnitOfWork
{
    public bool IsActive => db.Database.CurrentTransaction is not null;

    public async Task<IUnitOfWorkScope> BeginAsync(CancellationToken cancellationToken)
    {
        if (IsActive)
            return JoinedScope.Instance;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        return new OwnedScope(db, transaction, wakeups, scheduling, files);
    }

    public void DiscardChanges()
    {
        db.ChangeTracker.Clear();
        wakeups.Clear();
        files.RolledBack();
    }

    private sealed class OwnedScope(ReturnWorkflowsDbContext db, IDbContextTransaction transaction, PendingWakeups wakeups,
        TimerWakeupScheduling scheduling, Documents.DocumentFileChanges files) : IUnitOfWorkScope
    {
        private bool _committed;

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _committed = true;
            files.Committed();
            await scheduling.AfterCommitAsync(cancellationToken);
        }

        public ValueTask DisposeAsync()
        {
            if (!_committed)
            {
                // Rolled back: none of its timers exist, nor the files it wrote.
                wakeups.Clear();
                files.RolledBack();
            }
            return transaction.DisposeAsync();
        }
    }

    /// <summary>Inside someone else's transaction: their commit is ours.</summary>
    private sealed class JoinedScope : IUnitOfWorkScope
    {
        public static readonly JoinedScope Instance = new();
        public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
