using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Cases.Outreach;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Server.Localization;

namespace ReturnWorkflows.Server.Pages.Outreach;

/// <summary>
/// The information sessions the person may see (their office's; a manager's or administrator's, every office's),
/// newest first, filtered by period (and office, for those who see all), through the same query as the API.
/// </summary>
[Authorize(Policy = Policies.Outreach)]
public sealed class IndexModel(IMediator mediator, IReferenceDataStore referenceData) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Office { get; set; }

    public IReadOnlyList<InformationSessionView> Sessions { get; private set; } = [];
    public IReadOnlyList<Office> Offices { get; private set; } = [];
    public bool MayRecord { get; private set; }
    public bool SeesAllOffices { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.ToCaseViewer();
        MayRecord = OutreachAccess.MayRecord(viewer);
        SeesAllOffices = OutreachAccess.SeesAllOffices(viewer);
        Offices = (await referenceData.OfficesAsync(ct)).OrderBy(o => o.Name).ToList();
        try
        {
            Sessions = await mediator.Send(new ListInformationSessions(viewer, SeesAllOffices ? Office : null,
                QueryValues.Date(From, "from"), QueryValues.Date(To, "to")), ct);
        }
        catch (CommandFailedException refused)
        {
            refused.InLanguageOf(HttpContext);
            Response.StatusCode = CommandExceptionHandler.StatusCodeOf(refused.Kind);
            Errors = refused.Errors;
        }
        return Page();
    }

    public string OfficeName(string code) => Offices.FirstOrDefault(o => o.Code == code)?.Name ?? code;
}
