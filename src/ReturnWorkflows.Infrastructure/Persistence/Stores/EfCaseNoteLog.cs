using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Notes;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfCaseNoteLog(ReturnWorkflowsDbContext db) : ICaseNoteLog
{
    public void Add(CaseNote note) => db.CaseNotes.Add(note);

    public async Task<IReadOnlyList<CaseNote>> ForCaseAsync(string caseId, CancellationToken cancellationToken) =>
        await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == caseId)
            .OrderByDescending(n => n.WrittenAt).ThenByDescending(n => n.Id)
            .ToListAsync(cancellationToken);
}
