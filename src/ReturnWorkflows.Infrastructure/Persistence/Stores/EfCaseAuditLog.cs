using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Audit;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfCaseAuditLog(ReturnWorkflowsDbContext db) : ICaseAuditLog
{
    public void Add(IEnumerable<CaseAuditEntry> entries) => db.CaseAudit.AddRange(entries);

    public async Task<IReadOnlyList<CaseAuditEntry>> ForCaseAsync(string caseId, CancellationToken cancellationToken) =>
        await db.CaseAudit.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
}
