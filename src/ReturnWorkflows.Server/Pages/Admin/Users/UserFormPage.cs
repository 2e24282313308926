using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Http;

namespace ReturnWorkflows.Server.Pages.Admin.Users;

/// <summary>
/// What the new-user and user pages share: the fields they post, the offices to choose from, and a refusal of
/// <see cref="Identity.Users.UserAccounts"/> shown beside the field it names (the account is left as it was).
/// </summary>
public abstract class UserFormPage(IReferenceDataStore referenceData) : PageModel
{
    [BindProperty] public string DisplayName { get; set; } = "";
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string Office { get; set; } = "";
    [BindProperty] public List<string> Roles { get; set; } = [];

    public IReadOnlyList<Office> Offices { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Refusal { get; protected set; }

    /// <summary>The fields this page shows errors beside; a refusal naming another is said above the form.</summary>
    protected virtual IReadOnlyCollection<string> ShownFields => ["displayName", "email", "office", "roles"];

    /// <summary>A role as people say it ("Programme manager"); the key of its text in the shared resource.</summary>
    public static string RoleLabel(string role) => role switch
    {
        "ProgrammeManager" => "Programme manager",
        "OperationsOfficer" => "Operations officer",
        "ReintegrationOfficer" => "Reintegration officer",
        "ProtectionOfficer" => "Protection officer",
        _ => role,
    };

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    protected async Task LoadOfficesAsync(CancellationToken ct) =>
        Offices = (await referenceData.OfficesAsync(ct)).OrderBy(o => o.Name).ToList();

    /// <summary>Runs a change; refused, the page shows why with the status the API would give, and what was typed stays.</summary>
    protected async Task<IActionResult> TryAsync(Func<Task<IActionResult>> change, string nothingSaved, CancellationToken ct)
    {
        try
        {
            return await change();
        }
        catch (CommandFailedException refused)
        {
            Response.StatusCode = CommandExceptionHandler.StatusCodeOf(refused.Kind);
            Errors = refused.Errors;
            var unplaced = Errors.Where(e => !ShownFields.Contains(e.Key)).SelectMany(e => e.Value).ToList();
            Refusal = unplaced.Count > 0 ? nothingSaved + " " + string.Join(" ", unplaced) : nothingSaved;
            await LoadOfficesAsync(ct);
            return Page();
        }
    }
}
