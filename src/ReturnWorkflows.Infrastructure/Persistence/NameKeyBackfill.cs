using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Infrastructure.Persistence;

/// <summary>
/// Persons registered before the duplicate check existed have no key (the key is computed in C#, so a migration could
/// not fill it). Every person registered since has a birth year, so "no birth year" finds exactly those rows; run at
/// start after the migrations, it does nothing once they are done.
/// </summary>
public sealed class NameKeyBackfill(ReturnWorkflowsDbContext db)
{
    private const int BatchSize = 500;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        while (true)
        {
            var batch = await db.Set<Person>().Include(p => p.Consents).Where(p => p.BirthYear == null)
                .OrderBy(p => p.Id).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var person in batch) person.RefreshMatchKey();
            // A person with neither a date nor a year (not possible through the commands) would be read again forever.
            var refreshed = batch.Where(p => p.BirthYear is not null).ToList();
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += refreshed.Count;
            if (batch.Count < BatchSize || refreshed.Count == 0) return done;
        }
    }
}
