using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.ReferenceData.Commands;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Pages.Admin.ReferenceData;

/// <summary>An office, new (<c>/admin/offices/new</c>) or existing: where it is, its clock and what it does.</summary>
[Authorize(Policy = Policies.AdministerReferenceData)]
public sealed class OfficeModel(IMediator mediator, IReferenceDataStore referenceData) : AdminFormPage
{
    [FromRoute(Name = "code")] public string Key { get; set; } = "";
    [BindProperty] public string Code { get; set; } = "";
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string Country { get; set; } = "";
    [BindProperty] public string TimeZone { get; set; } = "";
    [BindProperty] public bool HostsMigrants { get; set; }
    [BindProperty] public bool ReceivesReturnees { get; set; }
    [BindProperty] public int DepartureDeadlineWarningDays { get; set; } = ReturnWorkflows.Cases.ReferenceData.Office.DefaultDepartureDeadlineWarningDays;

    public bool IsNew => Key == "new";

    /// <summary>The zones this machine knows, for the field's suggestions (the command checks the one given).</summary>
    public static IEnumerable<string> TimeZones => TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/')).Order();

    protected override IReadOnlyCollection<string> ShownFields => ["code", "name", "country", "timeZone", "departureDeadlineWarningDays"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (IsNew) return Page();
        if (await referenceData.FindOfficeAsync(Key, ct) is not { } office) return NotFound();
        (Code, Name, Country, TimeZone, HostsMigrants, ReceivesReturnees, DepartureDeadlineWarningDays) =
            (office.Code, office.Name, office.Country, office.TimeZone, office.HostsMigrants, office.ReceivesReturnees, office.DepartureDeadlineWarningDays);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsNew && await referenceData.FindOfficeAsync(Key, ct) is null) return NotFound();
        return await TryAsync(async () =>
        {
            var saved = await mediator.Send(new SaveOffice(User.ToCaseViewer(), IsNew, IsNew ? Code.Trim().ToUpperInvariant() : Key,
                Name.Trim(), Country.Trim().ToUpperInvariant(), TimeZone.Trim(), HostsMigrants, ReceivesReturnees,
                DepartureDeadlineWarningDays), ct);
            TempData[nameof(IndexModel.Message)] = $"{saved.Name} is saved.";
            return Redirect("/admin/reference-data");
        }, "Nothing was saved: correct the fields marked below.", () => Task.CompletedTask);
    }
}
