using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Engine.Notifications;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Pages.Notifications;

/// <summary>
/// A notice chosen in the bell: marked read (only the person's own; the store ignores others' ids) and its page
/// opened. A POST with the anti-forgery token, since it changes what the bell counts.
/// </summary>
[Authorize(Policy = Policies.WorkTasks)]
public sealed class OpenModel(INotificationStore store, TimeProvider clock) : PageModel
{
    [FromRoute] public string Id { get; set; } = "";

    public IActionResult OnGet() => Redirect("/inbox");

    public async Task<IActionResult> OnPostAsync(string? page, CancellationToken ct)
    {
        await store.MarkReadAsync(User.Identity!.Name!, [Id], clock.GetUtcNow().UtcDateTime, ct);
        // Only a page of this server: the field comes from the form and could be changed.
        return LocalRedirect(Url.IsLocalUrl(page) ? page! : "/inbox");
    }
}
