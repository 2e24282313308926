using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ReturnWorkflows.Cases.Outreach;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Server.Localization;
using ReturnWorkflows.Server.Tasks;

namespace ReturnWorkflows.Server.Pages.Outreach;

/// <summary>
/// Records an information session for the person's office with the same command the API sends; a refusal is shown
/// beside the fields it names, with everything typed kept, and nothing is written.
/// </summary>
[Authorize(Policy = Policies.Outreach)]
public sealed class NewModel(IMediator mediator, ViewerClock clock, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    public static readonly string[] Bands = ["women", "men", "girls", "boys", "olderWomen", "olderMen"];

    public SessionFormInput Form { get; private set; } = new();
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Message { get; private set; }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public IActionResult OnGet()
    {
        if (!OutreachAccess.MayRecord(User.ToCaseViewer())) return StatusCode(StatusCodes.Status403Forbidden);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(time.GetUtcNow().UtcDateTime, clock.Zone));
        Form = new SessionFormInput { Date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Key = Guid.NewGuid().ToString("N") };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!OutreachAccess.MayRecord(User.ToCaseViewer())) return StatusCode(StatusCodes.Status403Forbidden);
        Form = SessionFormInput.Read(Request.Form);
        try
        {
            await mediator.Send(new RecordInformationSession(User.ToCaseViewer(), Form.ToReport(), User.CompletionKey(Form.Key)), ct);
            TempData["SessionRecorded"] = true;
            return Redirect("/outreach"); // after a post, a reload must not record it again
        }
        catch (CommandFailedException refused)
        {
            refused.InLanguageOf(HttpContext);
            Response.StatusCode = CommandExceptionHandler.StatusCodeOf(refused.Kind);
            Errors = refused.Errors;
            Message = text["Nothing was saved: correct the fields marked below."];
            return Page();
        }
    }
}

/// <summary>The session form as typed (strings, so a refused form shows what was entered); counts that are no number are refused by name.</summary>
public sealed class SessionFormInput
{
    public string Date { get; init; } = "";
    public string PlaceKind { get; init; } = "";
    public string PlaceName { get; init; } = "";
    public string Language { get; init; } = "";
    public string RanBy { get; init; } = "";
    public IReadOnlyDictionary<string, string> Counts { get; init; } = new Dictionary<string, string>();
    public string RequestedCounselling { get; init; } = "";
    public string Key { get; init; } = "";

    public string Count(string band) => Counts.TryGetValue(band, out var value) ? value : "";

    public static SessionFormInput Read(IFormCollection form) => new()
    {
        Date = form["date"].ToString().Trim(), PlaceKind = form["placeKind"].ToString(), PlaceName = form["placeName"].ToString().Trim(),
        Language = form["language"].ToString().Trim(), RanBy = form["ranBy"].ToString().Trim(),
        Counts = NewModel.Bands.ToDictionary(b => b, b => form[$"attendance.{b}"].ToString().Trim()),
        RequestedCounselling = form["requestedCounselling"].ToString().Trim(), Key = form["key"].ToString(),
    };

    public SessionReport ToReport()
    {
        var errors = new Dictionary<string, string[]>();
        if (!DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            errors["date"] = ["Give the date of the session."];
        if (!Enum.TryParse<SessionPlaceKind>(PlaceKind, out var kind) || !Enum.IsDefined(kind))
            errors["placeKind"] = ["Choose where the session was held: a reception centre, the office or another place."];
        int Number(string value, string field)
        {
            // An empty count is nobody of that band; anything else must be a whole number.
            if (value.Length == 0) return 0;
            if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
            errors[field] = ["Give a whole number."];
            return 0;
        }
        var counts = NewModel.Bands.ToDictionary(b => b, b => Number(Count(b), $"attendance.{b}"));
        var requested = Number(RequestedCounselling, "requestedCounselling");
        if (errors.Count > 0) throw new CommandValidationException(errors);
        return new SessionReport(date, kind, PlaceName, Language, RanBy,
            new HeadCounts(counts["girls"], counts["boys"], counts["women"], counts["men"], counts["olderWomen"], counts["olderMen"]), requested);
    }
}
