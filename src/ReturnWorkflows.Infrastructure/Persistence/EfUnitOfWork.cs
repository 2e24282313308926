using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Infrastructure.Persistence;

/// <summary>
/// One database transaction per request scope. On SQLite it begins IMMEDIATE (Microsoft.Data.Sqlite's default),
/// so the write lock is taken up front and a step never fails half-way on lock upgrade.
/// </summary>
internal sealed class EfUnitOfWork(ReturnWorkflowsDbContext db) : IUnitOfWork
{
    public bool IsActive => db.Database.CurrentTransaction is not null;

    public async Task<IUnitOfWorkScope> BeginAsync(CancellationToken cancellationToken)
    {
        if (IsActive)
            return JoinedScope.Instance;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        return new OwnedScope(db, transaction);
    }

    public void DiscardChanges() => db.ChangeTracker.Clear();

    private sealed class OwnedScope(ReturnWorkflowsDbContext db, IDbContextTransaction transaction) : IUnitOfWorkScope
    {
        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }

    /// <summary>Inside someone else's transaction: their commit is ours.</summary>
    private sealed class JoinedScope : IUnitOfWorkScope
    {
        public static readonly JoinedScope Instance = new();
        public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
