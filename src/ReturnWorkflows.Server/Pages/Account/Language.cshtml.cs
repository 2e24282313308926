using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Infrastructure.Identity;
using ReturnWorkflows.Server.Localization;

namespace ReturnWorkflows.Server.Pages.Account;

/// <summary>
/// The shell's language switch: sets the culture cookie and, for a signed-in person, keeps the choice on their user
/// (sign-in applies it in any browser). Anonymous too, so the sign-in page can be read in one's language. A POST with
/// the anti-forgery token (checked by Razor Pages), back to the page it was chosen on.
/// </summary>
[AllowAnonymous]
public sealed class LanguageModel(UserManager<ApplicationUser> users) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        if (!Languages.IsSupported(culture)) return BadRequest();
        var chosen = Languages.Supported.First(l => string.Equals(l.Culture, culture, StringComparison.OrdinalIgnoreCase)).Culture;
        Languages.Remember(Response, chosen);
        if (User.Identity?.IsAuthenticated != true)
            Response.Cookies.Append(Languages.ChosenSignedOutCookie, chosen, new CookieOptions
            {
                IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = Request.IsHttps, // a session cookie
            });
        else if (await users.GetUserAsync(User) is { } user && user.Culture != chosen)
        {
            user.Culture = chosen;
            await users.UpdateAsync(user);
        }
        // Only a page of this server: the field comes from the form and could be changed.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
