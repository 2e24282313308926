using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ReturnWorkflows.Cases.Travel;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Server.Localization;
using ReturnWorkflows.Server.Tasks;

namespace ReturnWorkflows.Server.Pages.Flights;

/// <summary>
/// The cases waiting for a flight, and a group booking of several of them on one flight with one escort: the same
/// command the API sends. A refusal (one household's documents expire first) books nobody and keeps what was typed.
/// </summary>
[Authorize(Policy = Policies.BookFlights)]
public sealed class IndexModel(IMediator mediator, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<WaitingForFlight> Waiting { get; private set; } = [];
    public FlightInput Form { get; private set; } = new();
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Message { get; private set; }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>The refusals about chosen cases (named <c>caseIds</c> or <c>caseIds[i]</c>), shown above the list.</summary>
    public IEnumerable<string> CaseErrors => Errors.Where(e => e.Key.StartsWith("caseIds", StringComparison.Ordinal)).SelectMany(e => e.Value);

    public async Task OnGetAsync(CancellationToken ct) =>
        Waiting = await mediator.Send(new ListCasesWaitingForFlight(User.ToTaskActor()), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Form = FlightInput.Read(Request.Form);
        try
        {
            var booked = await mediator.Send(new BookGroupFlight(User.ToTaskActor(), Form.FlightNumber, Form.Day(), Form.Route, Form.Escort,
                Form.GroupReference, Form.CaseIds), ct);
            TempData["GroupBooked"] = text["{0} cases are booked on {1} as group {2}: {3}.", booked.CaseNumbers.Count, Form.FlightNumber.ToUpperInvariant(),
                booked.GroupReference, string.Join(", ", booked.CaseNumbers)].Value;
            return Redirect("/flights"); // after a post, a reload must not book again
        }
        catch (CommandFailedException refused)
        {
            refused.InLanguageOf(HttpContext);
            Response.StatusCode = CommandExceptionHandler.StatusCodeOf(refused.Kind);
            Errors = refused.Errors;
            Message = text["Nobody was booked: correct what is marked below."];
            Waiting = await mediator.Send(new ListCasesWaitingForFlight(User.ToTaskActor()), ct);
            return Page();
        }
    }
}

/// <summary>The flight as typed (strings, so a refused form shows what was entered) and the cases ticked.</summary>
public sealed class FlightInput
{
    public string FlightNumber { get; init; } = "";
    public string DepartsOn { get; init; } = "";
    public string Route { get; init; } = "";
    public string Escort { get; init; } = "";
    public string GroupReference { get; init; } = "";
    public IReadOnlyList<string> CaseIds { get; init; } = [];

    public DateOnly? Day() =>
        DateOnly.TryParseExact(DepartsOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static FlightInput Read(IFormCollection form) => new()
    {
        FlightNumber = form["flightNumber"].ToString().Trim(), DepartsOn = form["departsOn"].ToString().Trim(), Route = form["route"].ToString().Trim(),
        Escort = form["escort"].ToString().Trim(), GroupReference = form["groupReference"].ToString().Trim(),
        CaseIds = form["caseIds"].Where(id => !string.IsNullOrEmpty(id)).Select(id => id!).ToList(),
    };
}
