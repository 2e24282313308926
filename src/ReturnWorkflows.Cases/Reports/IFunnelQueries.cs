using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Reports;

/// <summary>The funnel's counts over the case tables, in SQL; Infrastructure implements it.</summary>
public interface IFunnelQueries
{
    /// <summary>
    /// Cases opened in the period and persons who reached each milestone in it, among the real (not practice) cases
    /// <paramref name="scope"/> admits.
    /// </summary>
    Task<FunnelCaseCounts> CountAsync(FunnelScope scope, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

/// <summary>Which cases count: all, or those of the offices or of the programmes; narrowed to one office and one programme when asked.</summary>
public sealed record FunnelScope(bool Everything, IReadOnlyList<string> Offices, IReadOnlyList<string> Programmes, string? Office, string? ProgrammeId);

public sealed record FunnelCaseCounts(int CasesOpened, IReadOnlyDictionary<Milestone, int> PersonsReached);
