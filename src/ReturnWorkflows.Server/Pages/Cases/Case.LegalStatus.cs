using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Server.Cases;

namespace ReturnWorkflows.Server.Pages.Cases;

/// <summary>
/// The case page's legal status in the host country and its voluntary-departure deadline: shown with its extensions,
/// and warned about from the host office's number of days before it. The same command as
/// <c>POST /api/cases/{id}/legal-status</c>.
/// </summary>
public sealed partial class CaseModel
{
    [BindProperty(Name = "legal")] public LegalStatusInput LegalForm { get; set; } = new();

    /// <summary>The host office's setting: how many days before the deadline the page warns.</summary>
    public int DeadlineWarningDays { get; private set; }

    public bool MayRecordLegalStatus => CaseAccess.MayEdit(User.ToCaseViewer()) && Details.Status == CaseStatus.Open && !Details.AsOriginOffice;

    /// <summary>Days from today (on the viewer's office clock) to the deadline in force; null without one.</summary>
    public int? DaysToDeadline => Details.LegalStatus?.DepartureDeadline is { } deadline
        ? deadline.DayNumber - DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(time.GetUtcNow().UtcDateTime, clock.Zone)).DayNumber
        : null;

    public Task<IActionResult> OnPostLegalStatusAsync(CancellationToken ct) => SectionStepAsync(null, async viewer =>
    {
        var status = Choice<LegalStatusKind>(LegalForm.Status, "status", "Choose the legal status.");
        await mediator.Send(new RecordLegalStatus(viewer, CaseId, LegalForm.Version, status, LegalForm.Note, LegalForm.DepartureDeadline, LegalForm.DeadlineReference), ct);
        return text["The legal status is recorded."];
    }, ct, anchor: "rw-legal");
}

/// <summary>The legal status form as posted.</summary>
public sealed class LegalStatusInput
{
    public int Version { get; set; }
    public string? Status { get; set; }
    public string? Note { get; set; }
    public DateOnly? DepartureDeadline { get; set; }
    public string? DeadlineReference { get; set; }
}
