using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.ReferenceData.Commands;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Pages.Admin.ReferenceData;

/// <summary>
/// A programme, new (<c>/admin/programmes/new</c>) or existing: its dates, offices, managers, targets and the
/// workflow its new cases start, chosen from the published ones (the command refuses any other).
/// </summary>
[Authorize(Policy = Policies.AdministerReferenceData)]
public sealed class ProgrammeModel(IMediator mediator, IReferenceDataStore referenceData, ReturnWorkflowsDbContext db) : AdminFormPage
{
    [FromRoute(Name = "id")] public string Key { get; set; } = "";
    [BindProperty] public string Id { get; set; } = "";
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string Donor { get; set; } = "";
    [BindProperty] public string Currency { get; set; } = "EUR";
    [BindProperty] public DateOnly StartDate { get; set; }
    [BindProperty] public DateOnly LastIntakeDate { get; set; }
    [BindProperty] public DateOnly LastDepartureDate { get; set; }
    [BindProperty] public DateOnly EndDate { get; set; }
    [BindProperty] public List<string> Offices { get; set; } = [];
    [BindProperty] public string? Managers { get; set; }
    [BindProperty] public string? CapApprovers { get; set; }
    [BindProperty] public int ReturnsTarget { get; set; }
    [BindProperty] public int ReintegrationTarget { get; set; }
    [BindProperty] public string? LifecycleWorkflowId { get; set; }

    // Amounts as typed: a number input sends "2000.50" whatever the page's language, which a Serbian culture's binder
    // would read as 200050 (its "." groups thousands), so they are read invariantly here (Amounts.Parse).
    [BindProperty] public string? CapPerPerson { get; set; }
    [BindProperty] public string? CapPerHousehold { get; set; }

    public bool IsNew => Key == "new";
    public IReadOnlyList<Office> AllOffices { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Workflows { get; private set; } = [];

    protected override IReadOnlyCollection<string> ShownFields =>
        ["id", "name", "donor", "currency", "startDate", "lastIntakeDate", "lastDepartureDate", "endDate", "offices", "managers", "returnsTarget", "reintegrationTarget", "lifecycleWorkflowId", "capPerPerson", "capPerHousehold"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!IsNew)
        {
            if (await referenceData.FindProgrammeAsync(Key, ct) is not { } p) return NotFound();
            (Id, Name, Donor, Currency, StartDate, LastIntakeDate, LastDepartureDate, EndDate) =
                (p.Id, p.Name, p.Donor, p.Currency, p.StartDate, p.LastIntakeDate, p.LastDepartureDate, p.EndDate);
            (Offices, Managers, ReturnsTarget, ReintegrationTarget, LifecycleWorkflowId) =
                (p.Offices.ToList(), string.Join(", ", p.Managers), p.ReturnsTarget, p.ReintegrationTarget, p.LifecycleWorkflowId);
            (CapPerPerson, CapPerHousehold) = (Amounts.Format(p.CapPerPerson), Amounts.Format(p.CapPerHousehold));
            CapApprovers = string.Join(", ", p.CapApprovers);
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsNew && await referenceData.FindProgrammeAsync(Key, ct) is null) return NotFound();
        return await TryAsync(async () =>
        {
            // An empty date field binds as 0001-01-01, which the command's order rules would let through.
            var missing = new[] { ("startDate", StartDate), ("lastIntakeDate", LastIntakeDate), ("lastDepartureDate", LastDepartureDate), ("endDate", EndDate) }
                .Where(d => d.Item2 == default).ToDictionary(d => d.Item1, _ => new[] { "Give the date." });
            if (missing.Count > 0) throw new CommandFailedException(FailureKind.Invalid, "Dates are missing.", missing);
            var managers = UserNames(Managers);
            var saved = await mediator.Send(new SaveProgramme(User.ToCaseViewer(), IsNew, IsNew ? Id.Trim() : Key, Name.Trim(), Donor.Trim(),
                Currency.Trim().ToUpperInvariant(), StartDate, LastIntakeDate, LastDepartureDate, EndDate, Offices, managers,
                ReturnsTarget, ReintegrationTarget, LifecycleWorkflowId,
                Amounts.Parse(CapPerPerson, "capPerPerson"), Amounts.Parse(CapPerHousehold, "capPerHousehold"), UserNames(CapApprovers)), ct);
            TempData[nameof(IndexModel.Message)] = $"{saved.Name} is saved.";
            return Redirect("/admin/reference-data");
        }, "Nothing was saved: correct the fields marked below.", () => LoadChoicesAsync(ct));
    }

    private static string[] UserNames(string? typed) => (typed ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        AllOffices = (await referenceData.OfficesAsync(ct)).OrderBy(o => o.Name).ToList();
        // A retired lifecycle is offered only to the programme that still names it (so saving its other fields keeps it).
        Workflows = (await db.WorkflowDefinitionVersions.AsNoTracking().Where(v => v.IsPublished).ToListAsync(ct))
            .Where(v => !ReturnWorkflows.Engine.Definitions.Commands.ShippedWorkflows.IsRetired(v) || v.DefinitionId == LifecycleWorkflowId)
            .OrderBy(v => v.Name ?? v.DefinitionId).Select(v => (v.DefinitionId, v.Name ?? v.DefinitionId)).ToList();
    }
}
