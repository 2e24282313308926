using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Cases.ReferenceData;

namespace ReturnWorkflows.Server.Pages.Admin.Users;

/// <summary>What the new-user and user pages share: the fields they post and the offices to choose from.</summary>
public abstract class UserFormPage(IReferenceDataStore referenceData) : AdminFormPage
{
    [BindProperty] public string DisplayName { get; set; } = "";
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string Office { get; set; } = "";
    [BindProperty] public List<string> Roles { get; set; } = [];

    public IReadOnlyList<Office> Offices { get; private set; } = [];

    protected override IReadOnlyCollection<string> ShownFields => ["displayName", "email", "office", "roles"];

    /// <summary>A role as people say it ("Programme manager"); the key of its text in the shared resource.</summary>
    public static string RoleLabel(string role) => role switch
    {
        "ProgrammeManager" => "Programme manager",
        "OperationsOfficer" => "Operations officer",
        "ReintegrationOfficer" => "Reintegration officer",
        "ProtectionOfficer" => "Protection officer",
        _ => role,
    };

    protected async Task LoadOfficesAsync(CancellationToken ct) =>
        Offices = (await referenceData.OfficesAsync(ct)).OrderBy(o => o.Name).ToList();

    protected Task<IActionResult> TryAsync(Func<Task<IActionResult>> change, string nothingSaved, CancellationToken ct) =>
        TryAsync(change, nothingSaved, () => LoadOfficesAsync(ct));
}
