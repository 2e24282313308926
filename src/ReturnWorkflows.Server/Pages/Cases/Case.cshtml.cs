using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.Views;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Server.Localization;

namespace ReturnWorkflows.Server.Pages.Cases;

/// <summary>
/// One case, with the sections the person may see: read through the same <c>GetCase</c> query as
/// <c>GET /api/cases/{id}</c>, so the read is audited and a case they may not see is a 404, as if it did not exist.
/// </summary>
[Authorize(Policy = Policies.WorkCases)]
public sealed partial class CaseModel(IMediator mediator, IReferenceDataStore referenceData, CaseTasks caseTasks, ViewerClock clock,
    IStringLocalizer<SharedResource> text, TimeProvider time, IOptions<ReturnWorkflows.Cases.Documents.DocumentLimits> documentLimits) : PageModel
{
    [FromRoute] public string CaseId { get; set; } = "";

    /// <summary>The case shown (named so as not to hide the page's own name).</summary>
    public CaseView Details { get; private set; } = null!;
    public IReadOnlyList<HumanTask> OpenTasks { get; private set; } = [];
    public string OfficeName { get; private set; } = "";
    public string CountryName { get; private set; } = "";
    public string ProgrammeName { get; private set; } = "";
    public bool MayReadAudit { get; private set; }
    public string? Message { get; private set; }

    /// <summary>Whether the answer holds the protection section (trafficking, medical, child protection findings).</summary>
    public bool ShowsProtection => Details.Sections.Contains(CaseSections.Protection);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Message = TempData["Message"] as string;
        ContactLogged = TempData["ContactLogged"] is true;
        ContactForm = ContactFormInput.Blank(clock, time);
        NoteWritten = TempData["NoteWritten"] is true;
        NoteForm = NoteFormInput.Blank();
        return Page();
    }

    /// <summary>The case and what the page shows beside it; false when the viewer may not see the case (404).</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var viewer = User.ToCaseViewer();
        try
        {
            Details = await mediator.Send(new GetCase(viewer, CaseId), ct);
            if (!Details.AsOriginOffice) await LoadHostSectionsAsync(viewer, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        MayReadAudit = CaseAccess.MayReadAudit(viewer) && !Details.AsOriginOffice;
        MayLogContacts = CaseAccess.MayEdit(viewer) && Details.Status == CaseStatus.Open && !Details.AsOriginOffice;
        LoadDocumentRights(viewer);
        OpenTasks = await caseTasks.OpenAsync(Details.Id, ct);
        var hostOffice = await referenceData.FindOfficeAsync(Details.HostOffice, ct);
        OfficeName = hostOffice?.Name ?? Details.HostOffice;
        DeadlineWarningDays = hostOffice?.DepartureDeadlineWarningDays ?? ReturnWorkflows.Cases.ReferenceData.Office.DefaultDepartureDeadlineWarningDays;
        CountryName = (await referenceData.FindCountryAsync(Details.CountryOfReturn, ct))?.Name ?? Details.CountryOfReturn;
        var programme = await referenceData.FindProgrammeAsync(Details.ProgrammeId, ct);
        ProgrammeName = programme?.Name ?? Details.ProgrammeId;
        (CapPerPerson, CapPerHousehold, ProgrammeCurrency) = (programme?.CapPerPerson, programme?.CapPerHousehold, programme?.Currency ?? "");
        if (Details.Reintegration is not null) Survey = await referenceData.CurrentSurveyAsync(ct);
        return true;
    }

    /// <summary>The host office's own sections, each its own audited query.</summary>
    private async Task LoadHostSectionsAsync(CaseViewer viewer, CancellationToken ct)
    {
        Contacts = await mediator.Send(new GetCaseContacts(viewer, CaseId), ct);
        Documents = await mediator.Send(new GetCaseDocuments(viewer, CaseId), ct);
        Notes = await mediator.Send(new GetCaseNotes(viewer, CaseId), ct);
        Timeline = await mediator.Send(new GetCaseTimeline(viewer, CaseId), ct);
    }
}
