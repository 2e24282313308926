using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Application.Idempotency;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfIdempotencyStore(ReturnWorkflowsDbContext db) : IIdempotencyStore
{
    public Task<IdempotencyRecord?> FindAsync(string key, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, cancellationToken);

    public Task AddAsync(IdempotencyRecord record, CancellationToken cancellationToken)
    {
        // Written by the unit of work's commit, in one batch with the command's other rows and in its transaction: a
        // concurrent first try with the same key fails there (unique key) and is retried, then finds this answer.
        db.IdempotencyRecords.Add(record);
        return Task.CompletedTask;
    }
}
