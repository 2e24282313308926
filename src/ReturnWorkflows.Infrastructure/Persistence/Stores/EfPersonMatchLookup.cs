using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Duplicates;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

/// <summary>
/// The duplicate check's query over every office's persons: equality on the name key and nationality and a range on
/// the birth year, all from <c>ix_case_persons_name_key</c>, so it stays a few index reads however many persons there are.
/// </summary>
internal sealed class EfPersonMatchLookup(ReturnWorkflowsDbContext db) : IPersonMatchLookup
{
    /// <summary>More would say nothing more (the answer names offices); fewer rows keep a common name cheap.</summary>
    private const int MaxMatches = 50;

    public async Task<IReadOnlyList<MatchedPerson>> FindAsync(PersonMatch person, string? excludingCaseId, string? distinctFromPersonId,
        CancellationToken cancellationToken)
    {
        if (person.NameKey.Length == 0 || person.BirthYear is not { } year) return [];
        var persons = db.Set<Cases.Model.Person>().AsNoTracking()
            .Where(p => p.NameKey == person.NameKey && p.Nationality == person.Nationality
                        && p.BirthYear >= year - BirthYears.Tolerance && p.BirthYear <= year + BirthYears.Tolerance);
        if (excludingCaseId is not null) persons = persons.Where(p => p.CaseId != excludingCaseId);
        if (distinctFromPersonId is not null)
            persons = persons.Where(p => !db.Set<Cases.Model.PersonDistinction>()
                .Any(d => d.PersonId == distinctFromPersonId && d.OtherPersonId == p.Id));
        return await persons
            // A practice case's invented applicant is nobody another office should be told about.
            .Join(db.ReturnCases.Where(c => !c.IsTest), p => p.CaseId, c => c.Id, (p, c) => new MatchedPerson(p.Id, c.Id, c.HostOffice))
            .Take(MaxMatches).ToListAsync(cancellationToken);
    }
}
