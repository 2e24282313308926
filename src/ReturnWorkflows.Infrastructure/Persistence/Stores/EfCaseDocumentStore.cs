using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Documents;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfCaseDocumentStore(ReturnWorkflowsDbContext db) : ICaseDocumentStore
{
    public void Add(CaseDocument document) => db.CaseDocuments.Add(document);

    public Task<CaseDocument?> FindAsync(string caseId, string documentId, CancellationToken cancellationToken) =>
        db.CaseDocuments.FirstOrDefaultAsync(d => d.Id == documentId && d.CaseId == caseId, cancellationToken);

    public async Task<IReadOnlyList<CaseDocument>> ForCaseAsync(string caseId, CancellationToken cancellationToken) =>
        await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == caseId && d.DeletedAt == null)
            .OrderByDescending(d => d.UploadedAt).ThenByDescending(d => d.Id)
            .ToListAsync(cancellationToken);
}
