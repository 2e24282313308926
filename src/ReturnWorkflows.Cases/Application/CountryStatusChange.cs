using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;

namespace ReturnWorkflows.Cases.Application;

/// <summary>
/// What a change of a country of return's status (or of its effective date) does to the cases: every open case to
/// that country is flagged "country status changed" (audited on each case), and the supervisors of each office
/// holding such cases are told once, in the application and by e-mail. In the administrator's command's transaction:
/// the status, the flags and the notices are saved together or not at all.
/// </summary>
public sealed class CountryStatusChange(ICaseRepository cases, ICaseAuditLog audit, CaseNotices notices, TimeProvider clock)
{
    /// <returns>How many open cases were flagged.</returns>
    public async Task<int> FlagOpenCasesAsync(CountryOfReturn country, string by, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await cases.OpenReturningToAsync(country.Code, cancellationToken);
        foreach (var returnCase in open)
        {
            returnCase.FlagCountryStatusChange(country.Status, country.StatusEffectiveFrom, now, by);
            audit.Add(CaseAuditTrail.Changes(returnCase, AuditAction.Changed, now, by));
            returnCase.ClearPendingChanges();
        }
        foreach (var office in open.GroupBy(c => c.HostOffice).OrderBy(g => g.Key, StringComparer.Ordinal))
            await notices.CountryStatusChangedAsync(office.Key, country, office.Count(), now, cancellationToken);
        return open.Count;
    }
}
