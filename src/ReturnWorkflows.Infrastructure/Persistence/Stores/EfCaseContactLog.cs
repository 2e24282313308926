using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Contacts;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfCaseContactLog(ReturnWorkflowsDbContext db) : ICaseContactLog
{
    public void Add(CaseContact contact) => db.CaseContacts.Add(contact);

    public async Task<IReadOnlyList<CaseContact>> ForCaseAsync(string caseId, CancellationToken cancellationToken) =>
        await db.CaseContacts.AsNoTracking().Where(c => c.CaseId == caseId)
            .OrderByDescending(c => c.ContactedAt).ThenByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<LastContact>> LatestPerCaseAsync(IReadOnlyCollection<string>? caseIds, CancellationToken cancellationToken)
    {
        var contacts = db.CaseContacts.AsNoTracking();
        if (caseIds is not null)
        {
            var ids = caseIds.ToList();
            contacts = contacts.Where(c => ids.Contains(c.CaseId));
        }
        // One row per case, computed by the database: the check reads many cases and needs only two times of each.
        return await contacts.GroupBy(c => c.CaseId)
            .Select(g => new LastContact(g.Key, g.Max(c => c.ContactedAt), g.Where(c => c.Reached).Max(c => (DateTime?)c.ContactedAt)))
            .ToListAsync(cancellationToken);
    }
}
