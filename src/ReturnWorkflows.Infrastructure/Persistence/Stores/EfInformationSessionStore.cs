using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Outreach;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfInformationSessionStore(ReturnWorkflowsDbContext db) : IInformationSessionStore
{
    public void Add(InformationSession session) => db.Set<InformationSession>().Add(session);

    public async Task<IReadOnlyList<InformationSession>> ListAsync(IReadOnlyCollection<string>? offices, DateOnly? from, DateOnly? to,
        CancellationToken cancellationToken)
    {
        var sessions = db.Set<InformationSession>().AsNoTracking();
        if (offices is not null)
        {
            var codes = offices.ToList();
            sessions = sessions.Where(s => codes.Contains(s.Office));
        }
        if (from is { } start) sessions = sessions.Where(s => s.Date >= start);
        if (to is { } end) sessions = sessions.Where(s => s.Date <= end);
        return await sessions.OrderByDescending(s => s.Date).ThenByDescending(s => s.RecordedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
    }
}
