using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Localization;

namespace ReturnWorkflows.Server.Pages.Admin;

/// <summary>
/// What the administration forms share: a refused change is shown beside the field it names (the keys are the API's,
/// camelCase), anything else above the form, with the status the API would answer; what was typed stays.
/// </summary>
public abstract class AdminFormPage : PageModel
{
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Refusal { get; private set; }

    /// <summary>The fields this page shows errors beside; a refusal naming another is said above the form.</summary>
    protected abstract IReadOnlyCollection<string> ShownFields { get; }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Runs a change; refused, <paramref name="reshow"/> reloads what the page lists and the page is shown again.</summary>
    protected async Task<IActionResult> TryAsync(Func<Task<IActionResult>> change, string nothingSaved, Func<Task> reshow)
    {
        try
        {
            return await change();
        }
        catch (CommandFailedException refused)
        {
            refused.InLanguageOf(HttpContext);
            Response.StatusCode = CommandExceptionHandler.StatusCodeOf(refused.Kind);
            Errors = refused.Errors;
            var unplaced = Errors.Where(e => !ShownFields.Contains(e.Key)).SelectMany(e => e.Value).ToList();
            // nothingSaved is the English key; the shared resource has its words.
            var said = HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>()[nothingSaved].Value;
            Refusal = unplaced.Count > 0 ? said + " " + string.Join(" ", unplaced) : said;
            await reshow();
            return Page();
        }
    }
}
