using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Reports;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

/// <summary>
/// The funnel's counts as SQL: one count of cases opened, and one count of persons per milestone date, over the real
/// cases the scope admits. A case opened counts on its UTC date.
/// </summary>
internal sealed class EfFunnelQueries(ReturnWorkflowsDbContext db) : IFunnelQueries
{
    public async Task<FunnelCaseCounts> CountAsync(FunnelScope scope, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var cases = db.ReturnCases.AsNoTracking().Where(c => !c.IsTest);
        if (!scope.Everything)
        {
            var offices = scope.Offices.ToList();
            var programmes = scope.Programmes.ToList();
            cases = cases.Where(c => offices.Contains(c.HostOffice) || programmes.Contains(c.ProgrammeId));
        }
        if (scope.Office is { } office) cases = cases.Where(c => c.HostOffice == office);
        if (scope.ProgrammeId is { } programme) cases = cases.Where(c => c.ProgrammeId == programme);

        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var opened = await cases.CountAsync(c => c.CreatedAt >= start && c.CreatedAt < end, cancellationToken);

        var persons = db.Set<Person>().AsNoTracking().Where(p => cases.Any(c => c.Id == p.CaseId));
        var reached = new Dictionary<Milestone, int>
        {
            [Milestone.Counselled] = await persons.CountAsync(p => p.CounselledOn >= from && p.CounselledOn <= to, cancellationToken),
            [Milestone.DecidedToReturn] = await persons.CountAsync(p => p.DecidedToReturnOn >= from && p.DecidedToReturnOn <= to, cancellationToken),
            [Milestone.Eligible] = await persons.CountAsync(p => p.EligibleOn >= from && p.EligibleOn <= to, cancellationToken),
            [Milestone.Departed] = await persons.CountAsync(p => p.DepartedOn >= from && p.DepartedOn <= to, cancellationToken),
            [Milestone.Arrived] = await persons.CountAsync(p => p.ArrivedOn >= from && p.ArrivedOn <= to, cancellationToken),
            [Milestone.PlanApproved] = await persons.CountAsync(p => p.PlanApprovedOn >= from && p.PlanApprovedOn <= to, cancellationToken),
        };
        return new FunnelCaseCounts(opened, reached);
    }
}
