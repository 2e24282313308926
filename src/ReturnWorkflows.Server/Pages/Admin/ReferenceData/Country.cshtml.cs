using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.ReferenceData.Commands;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Pages.Admin.ReferenceData;

/// <summary>A country of return, new (<c>/admin/countries/new</c>) or existing: its names and whether returns go ahead.</summary>
[Authorize(Policy = Policies.AdministerReferenceData)]
public sealed class CountryModel(IMediator mediator, IReferenceDataStore referenceData, TimeProvider clock) : AdminFormPage
{
    [FromRoute(Name = "code")] public string Key { get; set; } = "";
    [BindProperty] public string Code { get; set; } = "";
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string? LocalName { get; set; }
    [BindProperty] public ReturnStatus Status { get; set; }
    [BindProperty] public DateOnly StatusEffectiveFrom { get; set; }

    public bool IsNew => Key == "new";

    protected override IReadOnlyCollection<string> ShownFields => ["code", "name", "localName", "status", "statusEffectiveFrom"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (IsNew)
        {
            StatusEffectiveFrom = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            return Page();
        }
        if (await referenceData.FindCountryAsync(Key, ct) is not { } country) return NotFound();
        (Code, Name, LocalName, Status, StatusEffectiveFrom) = (country.Code, country.Name, country.LocalName, country.Status, country.StatusEffectiveFrom);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsNew && await referenceData.FindCountryAsync(Key, ct) is null) return NotFound();
        return await TryAsync(async () =>
        {
            var saved = await mediator.Send(new SaveCountryOfReturn(User.ToCaseViewer(), IsNew, IsNew ? Code.Trim().ToUpperInvariant() : Key,
                Name.Trim(), string.IsNullOrWhiteSpace(LocalName) ? null : LocalName.Trim(), Status, StatusEffectiveFrom), ct);
            TempData[nameof(IndexModel.Message)] = $"{saved.Name} is saved.";
            return Redirect("/admin/reference-data");
        }, "Nothing was saved: correct the fields marked below.", () => Task.CompletedTask);
    }
}
