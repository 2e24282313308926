using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Engine.Notifications;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Shell;

/// <summary>A notice as the bell lists it: what, when, and the page a person opens to act on it.</summary>
public sealed record BellNotice(string Id, string Title, DateTime CreatedAt, string Page);

public sealed record NotificationBell(int UnreadCount, IReadOnlyList<BellNotice> Latest);

/// <summary>
/// The shell's bell: the person's unread count and latest unread notices, read from the same store and with the same
/// rules as <c>/api/notifications</c> (only one's own notices; that API takes no sign-in cookie, so the page reads
/// the store itself rather than call it from script).
/// </summary>
public sealed class NotificationBellViewComponent(INotificationStore store) : ViewComponent
{
    public const int Shown = 5;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var user = UserClaimsPrincipal;
        if (!Policies.Allows(user, Policies.WorkTasks) || user.Identity?.Name is not { } name) return Content("");
        var ct = HttpContext.RequestAborted;
        var latest = await store.ListAsync(name, unreadOnly: true, 0, Shown, ct);
        var unread = await store.CountUnreadAsync(name, ct);
        return View(new NotificationBell(unread, latest.Select(n => new BellNotice(n.Id, n.Title, n.CreatedAt, PageOf(n))).ToList()));
    }

    /// <summary>The page of the notice's subject: a task's is its page in the inbox (the notice's link is the API's).</summary>
    public static string PageOf(Notification notice) =>
        notice.TaskId is { } taskId ? "/inbox/" + Uri.EscapeDataString(taskId) : "/inbox";
}
