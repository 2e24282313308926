using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Pages.Admin.ReferenceData;

/// <summary>The offices, countries of return and programmes every case refers to, each linked to its edit page.</summary>
[Authorize(Policy = Policies.AdministerReferenceData)]
public sealed class IndexModel(IReferenceDataStore referenceData) : PageModel
{
    public IReadOnlyList<Office> Offices { get; private set; } = [];
    public IReadOnlyList<CountryOfReturn> Countries { get; private set; } = [];
    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Offices = (await referenceData.OfficesAsync(ct)).OrderBy(o => o.Code).ToList();
        Countries = (await referenceData.CountriesAsync(ct)).OrderBy(c => c.Name).ToList();
        Programmes = (await referenceData.ProgrammesAsync(ct)).OrderBy(p => p.Name).ToList();
    }

    /// <summary>A return status as people say it; the key of its text.</summary>
    public static string StatusLabel(ReturnStatus status) => status switch
    {
        ReturnStatus.Open => "Open",
        ReturnStatus.CaseByCase => "Case by case",
        _ => "Suspended",
    };
}
