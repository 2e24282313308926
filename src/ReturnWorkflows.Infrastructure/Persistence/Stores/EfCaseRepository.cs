using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfCaseRepository(ReturnWorkflowsDbContext db) : ICaseRepository
{
    public void Add(ReturnCase returnCase) => db.ReturnCases.Add(returnCase);

    public Task<ReturnCase?> FindAsync(string caseId, CancellationToken cancellationToken) =>
        db.ReturnCases
            .Include(c => c.Persons).ThenInclude(p => p.Consents)
            .Include(c => c.Persons).ThenInclude(p => p.Vulnerabilities)
            .Include(c => c.IntakeReviews)
            .Include(c => c.CounsellingSessions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.ReturnCases.AnyAsync(cancellationToken);

    public async Task<CaseRouting?> FindRoutingAsync(string caseId, CancellationToken cancellationToken) =>
        db.ReturnCases.Local.FirstOrDefault(c => c.Id == caseId && db.Entry(c).State == EntityState.Added) is { } added
            ? new CaseRouting(added.Id, added.HostOffice, added.CountryOfReturn, added.CreatedAt, null, added.ClosureProposedAt)
            : await db.ReturnCases.AsNoTracking().Where(c => c.Id == caseId)
                .Select(c => new CaseRouting(c.Id, c.HostOffice, c.CountryOfReturn, c.CreatedAt,
                    db.CaseContacts.Where(x => x.CaseId == c.Id && x.Reached).Max(x => (DateTime?)x.ContactedAt), c.ClosureProposedAt))
                .FirstOrDefaultAsync(cancellationToken);

    public async Task<int> LastSequenceAsync(string office, int year, CancellationToken cancellationToken) =>
        await db.ReturnCases.Where(c => c.HostOffice == office && c.NumberYear == year).MaxAsync(c => (int?)c.NumberSequence, cancellationToken) ?? 0;

    public Task<bool> HasHeldTaskAsync(string caseId, string userName, CancellationToken cancellationToken) =>
        db.HumanTasks.AnyAsync(t => t.CaseId == caseId && (t.Assignee == userName || t.CompletedBy == userName), cancellationToken);

    public async Task<IReadOnlyList<CaseSummary>> SearchAsync(CaseSearch search, CaseVisibility visibility, DateTime now, CancellationToken cancellationToken)
    {
        var cases = Visible(visibility);
        var overdueTasks = db.HumanTasks.Where(t => t.CaseId != null && t.DueAt < now
            && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Assigned || t.Status == HumanTaskStatus.Escalated));
        if (search.Vulnerability is { } kind) cases = cases.Where(c => c.Persons.Any(p => p.Vulnerabilities.Any(v => v.Kind == kind)));
        if (search.OverdueOnly) cases = cases.Where(c => overdueTasks.Any(t => t.CaseId == c.Id));
        if (search.Office is { Length: > 0 } office) cases = cases.Where(c => c.HostOffice == office);
        if (search.CountryOfReturn is { Length: > 0 } country) cases = cases.Where(c => c.CountryOfReturn == country);
        if (search.Status is { } status) cases = cases.Where(c => c.Status == status);
        if (search.Text?.Trim() is { Length: > 0 } text)
        {
            var pattern = text.ToLowerInvariant();
            cases = cases.Where(c => c.Number == text.ToUpperInvariant()
                                     || c.Persons.Any(p => p.FamilyName.ToLower().Contains(pattern) || p.GivenNames.ToLower().Contains(pattern)));
        }
        return await cases
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Skip(search.Page * search.PageSize).Take(search.PageSize)
            .Select(c => new CaseSummary(c.Id, c.Number, c.HostOffice, c.CountryOfReturn, c.ProgrammeId, c.Status,
                c.Persons.Where(p => p.IsPrincipal).Select(p => p.GivenNames + " " + p.FamilyName).FirstOrDefault() ?? "",
                c.Persons.Count, c.CreatedAt, c.Version, overdueTasks.Any(t => t.CaseId == c.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The need-to-know rule as SQL: only the alternatives the viewer has become part of the query.</summary>
    private IQueryable<ReturnCase> Visible(CaseVisibility visibility)
    {
        var cases = db.ReturnCases.AsNoTracking();
        if (visibility.Everything) return cases;
        var offices = visibility.Offices.ToList();
        var programmes = visibility.Programmes.ToList();
        var holder = visibility.TaskHolder;
        return cases.Where(c => offices.Contains(c.HostOffice) || programmes.Contains(c.ProgrammeId)
                                || (holder != null && db.HumanTasks.Any(t => t.CaseId == c.Id && (t.Assignee == holder || t.CompletedBy == holder))));
    }
}
