using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using ReturnWorkflows.Infrastructure.Identity;
using Microsoft.Extensions.Localization;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Server.Localization;

namespace ReturnWorkflows.Server.Pages.Account;

/// <summary>
/// Password sign-in with lockout and attempt limits per address and per account; the anti-forgery token is checked
/// by Razor Pages on every POST.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimits.PerAddress)]
public sealed class SignInModel(SignInManager<ApplicationUser> signIn, AccountSignInLimiter accounts, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (accounts.Refuse(UserName) is { } wait)
        {
            // Said the same way whether the account exists, so names cannot be probed.
            Error = text["Too many sign-in attempts for this account."] + " " + SignInRateLimits.TryAgainIn(wait, text);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            SignInRateLimits.SetRetryAfter(Response, wait);
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // The language this person chose before, in any browser, from now on in this one.
            if (await signIn.UserManager.FindByNameAsync(UserName.Trim()) is { Culture: var culture } && Languages.IsSupported(culture))
                Languages.Remember(Response, culture!);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        // The same answer for an unknown user and a wrong password, so names cannot be probed.
        Error = !result.IsLockedOut ? text["The user name or password is not right."]
            : await IsDeactivatedAndOwnedAsync() ? text["This account has been deactivated. Ask an administrator if you need it again."]
            : text["This account is locked after too many failed attempts. Try again later or ask an administrator."];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    // Deactivation is said only to whoever knows the password: to anyone else it looks like any lockout.
    private async Task<bool> IsDeactivatedAndOwnedAsync() =>
        await signIn.UserManager.FindByNameAsync(UserName.Trim()) is { LockoutEnd: { } until } user
        && until >= Identity.Users.UserAccounts.DeactivatedUntil
        && await signIn.UserManager.CheckPasswordAsync(user, Password);
}
