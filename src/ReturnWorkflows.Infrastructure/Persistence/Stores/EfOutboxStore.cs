using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Notifications;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfOutboxStore(ReturnWorkflowsDbContext db) : IOutboxStore
{
    public async Task<int> EnqueueAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return 0;
        var keys = messages.Select(m => m.Key).ToList();
        var queued = await db.OutboxMessages.Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(cancellationToken);
        var fresh = messages.Where(m => !queued.Contains(m.Key)).DistinctBy(m => m.Key).ToList();
        db.OutboxMessages.AddRange(fresh);
        return fresh.Count;
    }

    // One statement claims: due rows get their next attempt pushed past the lease, so no other dispatcher takes them.
    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTime now, DateTime leaseUntil, int limit, CancellationToken cancellationToken)
    {
        var lockClause = db.Database.IsNpgsql() ? "FOR UPDATE SKIP LOCKED" : "";
        var pending = nameof(OutboxStatus.Pending);
        var sql = """
            UPDATE outbox_messages SET next_attempt_at = {0}
            WHERE id IN (SELECT id FROM outbox_messages WHERE status = {1} AND next_attempt_at <= {2}
                         ORDER BY next_attempt_at LIMIT {3} LOCK)
            RETURNING *
            """.Replace("LOCK", lockClause);
        return await db.OutboxMessages.FromSqlRaw(sql, leaseUntil, pending, now, limit).AsNoTracking().ToListAsync(cancellationToken);
    }

    public async Task RecordAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        db.OutboxMessages.Update(message);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(message).State = EntityState.Detached;
    }

    public Task<int> CountBacklogAsync(CancellationToken cancellationToken) =>
        db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending, cancellationToken);

    public async Task<bool> TryRequeueAsync(string id, DateTime now, CancellationToken cancellationToken) =>
        await db.OutboxMessages.Where(m => m.Id == id && m.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now), cancellationToken) == 1;
}
