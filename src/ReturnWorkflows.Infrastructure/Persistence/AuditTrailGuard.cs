using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ReturnWorkflows.Cases.Audit;

namespace ReturnWorkflows.Infrastructure.Persistence;

/// <summary>The case audit trail is append-only: no code path may save a changed or removed row.</summary>
internal static class AuditTrailGuard
{
    public static void RefuseRewrites(ChangeTracker changes)
    {
        if (changes.Entries<CaseAuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The case audit trail is append-only: its rows are never changed or deleted.");
    }
}
