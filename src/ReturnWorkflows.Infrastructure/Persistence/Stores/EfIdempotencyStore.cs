using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Application.Idempotency;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfIdempotencyStore(ReturnWorkflowsDbContext db) : IIdempotencyStore
{
    public Task<IdempotencyRecord?> FindAsync(string key, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, cancellationToken);

    public async Task AddAsync(IdempotencyRecord record, CancellationToken cancellationToken)
    {
        db.IdempotencyRecords.Add(record);
        // Written now, inside the command's transaction: a concurrent first try with the same key fails here.
        await db.SaveChangesAsync(cancellationToken);
    }
}
