using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.Reports;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Pages.Reports;

/// <summary>
/// The funnel report (<c>/reports/funnel</c>): for a period, office and programme, the same <c>GetFunnel</c> query as
/// <c>GET /api/reports/funnel</c>, as a table. The period defaults to the year so far.
/// </summary>
[Authorize(Policy = Policies.ReadReports)]
public sealed class FunnelModel(IMediator mediator, IReferenceDataStore referenceData, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Office { get; set; }
    [BindProperty(SupportsGet = true)] public string? Programme { get; set; }

    public FunnelReport? Report { get; private set; }
    public IReadOnlyList<Office> Offices { get; private set; } = [];
    public IReadOnlyList<Programme> Programmes { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>The largest count, for the bars' scale.</summary>
    public int Largest => Math.Max(1, Report?.Stages.Max(s => s.Count) ?? 1);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        From ??= new DateOnly(today.Year, 1, 1).ToString("yyyy-MM-dd");
        To ??= today.ToString("yyyy-MM-dd");
        await LoadChoicesAsync(User.ToCaseViewer(), ct);
        try
        {
            Report = await mediator.Send(new GetFunnel(User.ToCaseViewer(), QueryValues.Date(From, "from") ?? default,
                QueryValues.Date(To, "to") ?? default, Office, Programme), ct);
        }
        catch (CommandFailedException refused)
        {
            Response.StatusCode = CommandExceptionHandler.StatusCodeOf(refused.Kind);
            Errors = refused.Errors;
        }
        return Page();
    }

    /// <summary>The offices and programmes worth choosing: those the viewer's report can count (the query decides anyway).</summary>
    private async Task LoadChoicesAsync(CaseViewer viewer, CancellationToken ct)
    {
        var offices = await referenceData.OfficesAsync(ct);
        var programmes = await referenceData.ProgrammesAsync(ct);
        if (!viewer.Holds(Roles.Administrator))
        {
            var managed = viewer.Holds(Roles.ProgrammeManager) ? await referenceData.ProgrammesManagedByAsync(viewer.UserName, ct) : [];
            var ownOffice = viewer.Holds(Roles.Supervisor) ? viewer.Office : null;
            var officeCodes = programmes.Where(p => managed.Contains(p.Id)).SelectMany(p => p.Offices).Append(ownOffice).OfType<string>().ToHashSet();
            offices = [.. offices.Where(o => officeCodes.Contains(o.Code))];
            if (ownOffice is null) programmes = [.. programmes.Where(p => managed.Contains(p.Id))];
        }
        Offices = [.. offices.OrderBy(o => o.Name)];
        Programmes = [.. programmes.OrderBy(p => p.Name)];
    }

    /// <summary>The stage's row heading (translated by the page).</summary>
    public static string LabelOf(string stage) => stage switch
    {
        "reached" => "People reached at information sessions",
        "askedForCounselling" => "Asked for individual counselling",
        "casesOpened" => "Cases opened",
        "counselled" => "Persons counselled",
        "decidedToReturn" => "Decided to return",
        "eligible" => "Eligible",
        "departed" => "Departed",
        "arrived" => "Arrived",
        "planApproved" => "Reintegration plan approved",
        _ => stage,
    };

    public static string UnitOf(string unit) => unit switch
    {
        "people" => "people at sessions",
        "cases" => "cases",
        _ => "persons",
    };
}
