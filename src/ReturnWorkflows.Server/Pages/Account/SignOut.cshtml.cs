using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Infrastructure.Identity;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Pages.Account;

/// <summary>Sign-out is a POST with an anti-forgery token, so another site cannot sign a user out.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SignOutModel(SignInManager<ApplicationUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/account/signed-out");
    }
}
