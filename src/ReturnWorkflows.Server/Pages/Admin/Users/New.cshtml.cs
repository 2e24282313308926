using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Server.Identity.Users;

namespace ReturnWorkflows.Server.Pages.Admin.Users;

/// <summary>A new user with a first password, which the administrator passes on to them in person.</summary>
[Authorize(Policy = Policies.AdministerUsers)]
public sealed class NewModel(UserAccounts accounts, IReferenceDataStore referenceData) : UserFormPage(referenceData)
{
    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";

    protected override IReadOnlyCollection<string> ShownFields => ["userName", "password", .. base.ShownFields];

    public Task OnGetAsync(CancellationToken ct) => LoadOfficesAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var created = await accounts.CreateAsync(new NewUserRequest(UserName, DisplayName, Email, Office, Roles, Password), ct);
        TempData[nameof(IndexModel.Message)] = $"{created.UserName} can sign in now.";
        return Redirect("/admin/users"); // after a post, a reload must not post again
    }, "Nothing was saved: correct the fields marked below.", ct);
}
