using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Server.Identity.Users;

namespace ReturnWorkflows.Server.Pages.Admin.Users;

/// <summary>
/// One user: their details, office and roles; deactivation and reactivation; a new password. Each is its own form,
/// so a refused password does not lose the details typed above it, and each renews the user's security stamp through
/// <see cref="UserAccounts"/> (their sessions end within a minute).
/// </summary>
[Authorize(Policy = Policies.AdministerUsers)]
public sealed class EditModel(UserAccounts accounts, IReferenceDataStore referenceData) : UserFormPage(referenceData)
{
    [FromRoute] public string UserName { get; set; } = "";
    [BindProperty] public string? NewPassword { get; set; }

    public UserAccountView Account { get; private set; } = null!;

    [TempData] public string? Message { get; set; }

    protected override IReadOnlyCollection<string> ShownFields => ["password", .. base.ShownFields];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } account) return NotFound();
        (DisplayName, Email, Office, Roles) = (account.DisplayName, account.Email, account.Office, account.Roles.ToList());
        await LoadOfficesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is null) return NotFound();
        return await TryAsync(async () =>
        {
            await accounts.ChangeAsync(UserName, new UserChangeRequest(DisplayName, Email, Office, Roles), ct);
            return Saved($"{UserName} is saved.");
        }, "Nothing was saved: correct the fields marked below.", ct);
    }

    public async Task<IActionResult> OnPostActiveAsync(bool active, CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } account) return NotFound();
        KeepShownDetails(account);
        return await TryAsync(async () =>
        {
            await accounts.SetActiveAsync(UserName, active, User.Identity!.Name!, ct);
            return Saved(active ? $"{UserName} can sign in again." : $"{UserName} is deactivated and signed out within a minute.");
        }, "Nothing was changed.", ct);
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } account) return NotFound();
        KeepShownDetails(account);
        return await TryAsync(async () =>
        {
            await accounts.ResetPasswordAsync(UserName, new PasswordResetRequest(NewPassword ?? ""), ct);
            return Saved($"{UserName} has a new password; pass it on in person.");
        }, "The password was not changed.", ct);
    }

    private IActionResult Saved(string message)
    {
        Message = message;
        return Redirect($"/admin/users/{Uri.EscapeDataString(UserName)}"); // after a post, a reload must not post again
    }

    /// <summary>The other forms post only their own field: the details form shows what is stored.</summary>
    private void KeepShownDetails(UserAccountView account) =>
        (DisplayName, Email, Office, Roles) = (account.DisplayName, account.Email, account.Office, account.Roles.ToList());

    private async Task<UserAccountView?> FindAsync(CancellationToken ct)
    {
        try
        {
            return Account = await accounts.GetAsync(UserName, ct);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
