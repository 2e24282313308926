using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Server.Identity.Users;

namespace ReturnWorkflows.Server.Pages.Admin.Users;

/// <summary>Everyone who may sign in, or could again: the administrator's view of <c>/api/users</c>.</summary>
[Authorize(Policy = Policies.AdministerUsers)]
public sealed class IndexModel(UserAccounts accounts) : PageModel
{
    public IReadOnlyList<UserAccountView> Users { get; private set; } = [];

    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Users = await accounts.ListAsync(ct);
}
