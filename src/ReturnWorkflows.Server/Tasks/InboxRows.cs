using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Calendars;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Server.Tasks;

/// <summary>
/// A task as a person reads it on the inbox pages: which case it belongs to, whether it comes from a designer's test
/// run, and its due time on the office's clock rather than in UTC.
/// </summary>
public sealed record InboxRow(TaskView Task, string Case, bool IsTestRun, DateTime? DueLocal, string TimeZone)
{
    /// <summary>The due time on the office's clock, in the request's culture (its own date and time format).</summary>
    public string? Due => DueLocal is { } local ? Localization.ViewerClock.Format(local) : null;
}

/// <summary>Builds <see cref="InboxRow"/>s with one query for the page's workflow instances.</summary>
public sealed class InboxRows(ReturnWorkflowsDbContext db, OfficeCalendars calendars)
{
    public async Task<IReadOnlyList<InboxRow>> OfAsync(IReadOnlyList<TaskView> tasks, string? viewerOffice, CancellationToken ct)
    {
        var instanceIds = tasks.Select(t => t.WorkflowInstanceId).Distinct().ToList();
        var instances = await db.WorkflowInstances.AsNoTracking().Where(i => instanceIds.Contains(i.Id))
            .Select(i => new { i.Id, i.CorrelationId, i.Name, i.DefinitionId, i.IsTestRun })
            .ToDictionaryAsync(i => i.Id, ct);
        return tasks.Select(t =>
        {
            var instance = instances.GetValueOrDefault(t.WorkflowInstanceId);
            // A task's case: its correlation (the case number a case workflow is started with); without one, the
            // workflow and its instance, so two tasks of one case still read as one.
            var caseLabel = t.CorrelationId ?? instance?.CorrelationId
                            ?? (instance is null ? "—" : $"{instance.Name ?? instance.DefinitionId} {ShortId(instance.Id)}");
            var zone = calendars.For(t.CandidateOffice ?? viewerOffice).TimeZone;
            var dueLocal = t.DueAt is { } due ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(due, DateTimeKind.Utc), zone) : (DateTime?)null;
            return new InboxRow(t, caseLabel, instance?.IsTestRun == true, dueLocal, zone.Id);
        }).ToList();
    }

    public async Task<InboxRow> OfAsync(TaskView task, string? viewerOffice, CancellationToken ct) =>
        (await OfAsync([task], viewerOffice, ct))[0];

    private static string ShortId(string id) => id.Length > 8 ? "#" + id[..8] : "#" + id;
}
