using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Server.Localization;

namespace ReturnWorkflows.Server.Pages.Cases;

/// <summary>
/// The cases the person may see, searched and filtered. The list comes from the same need-to-know query as
/// <c>GET /api/cases</c> (the filter is in the SQL): the page never filters anything out itself.
/// </summary>
[Authorize(Policy = Policies.WorkCases)]
public sealed class IndexModel(IMediator mediator, IReferenceDataStore referenceData) : PageModel
{
    public const int PageSize = 25;

    [FromQuery(Name = "q")] public string? Text { get; set; }
    [FromQuery(Name = "office")] public string? Office { get; set; }
    [FromQuery(Name = "country")] public string? Country { get; set; }
    [FromQuery(Name = "status")] public string? Status { get; set; }
    [FromQuery(Name = "vulnerability")] public string? Vulnerability { get; set; }
    [FromQuery(Name = "overdue")] public bool OverdueOnly { get; set; }
    [FromQuery(Name = "flag")] public string? Flag { get; set; }
    [FromQuery(Name = "stage")] public string? Stage { get; set; }
    [FromQuery(Name = "programme")] public string? Programme { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; }

    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];
    public IReadOnlyList<Office> Offices { get; private set; } = [];
    public IReadOnlyList<CountryOfReturn> Countries { get; private set; } = [];
    public IReadOnlyList<Programme> Programmes { get; private set; } = [];
    public string? Error { get; private set; }

    /// <summary>Whether the person may register a case (the intake command decides again when they do).</summary>
    public bool MayRegister { get; private set; }

    /// <summary>The kinds this person may filter by: the sensitive ones only for those who may see them.</summary>
    public IReadOnlyList<VulnerabilityKind> VulnerabilityKinds { get; private set; } = [];

    public bool IsSearching => !string.IsNullOrWhiteSpace(Text) || !string.IsNullOrEmpty(Office) || !string.IsNullOrEmpty(Country)
                               || !string.IsNullOrEmpty(Status) || !string.IsNullOrEmpty(Vulnerability) || OverdueOnly
                               || !string.IsNullOrEmpty(Flag) || !string.IsNullOrEmpty(Stage) || !string.IsNullOrEmpty(Programme);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = User.ToCaseViewer();
        MayRegister = CaseAccess.MayEdit(viewer);
        Offices = (await referenceData.OfficesAsync(ct)).Where(o => o.HostsMigrants).OrderBy(o => o.Name).ToList();
        Countries = (await referenceData.CountriesAsync(ct)).OrderBy(c => c.Name).ToList();
        Programmes = (await referenceData.ProgrammesAsync(ct)).OrderBy(p => p.Name).ToList();
        VulnerabilityKinds = Enum.GetValues<VulnerabilityKind>().Where(k => !k.IsSensitive() || CaseAccess.MaySeeSensitive(viewer)).ToList();
        try
        {
            var status = QueryValues.Enum<CaseStatus>(Status, "status");
            var vulnerability = QueryValues.Enum<VulnerabilityKind>(Vulnerability, "vulnerability");
            var flag = QueryValues.Enum<CaseFlag>(Flag, "flag");
            var stage = QueryValues.Enum<CaseStage>(Stage, "stage");
            var list = await mediator.Send(new SearchCases(viewer,
                new CaseSearch(Empty(Office), Empty(Country), status, Text?.Trim(), PageNumber, PageSize, vulnerability, OverdueOnly, flag, stage,
                    Empty(Programme))), ct);
            Cases = list.Items;
        }
        catch (CommandFailedException refused)
        {
            refused.InLanguageOf(HttpContext);
            Error = refused.Errors.Count > 0 ? string.Join(" ", refused.Errors.SelectMany(e => e.Value)) : refused.Message;
            Response.StatusCode = CommandExceptionHandler.StatusCodeOf(refused.Kind);
        }
    }

    public string CountryName(string code) => Countries.FirstOrDefault(c => c.Code == code)?.Name ?? code;

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
