using System.Security.Claims;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Notifications;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Tasks;

/// <summary>A person's own in-application notices (<c>/api/notifications</c>): nobody reads another's.</summary>
internal static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        var notices = app.MapGroup("/api/notifications").RequireApiPolicy(Policies.WorkTasks);
        notices.MapGet("", async (ClaimsPrincipal user, INotificationStore store, string? unread, string? page, string? pageSize, CancellationToken ct) =>
        {
            var size = QueryValues.PageSize(QueryValues.Int(pageSize, "pageSize"), max: 200);
            var number = QueryValues.Page(QueryValues.Int(page, "page"));
            var name = user.Identity!.Name!;
            var items = await store.ListAsync(name, QueryValues.Bool(unread, "unread") ?? false, number * size, size, ct);
            return new { items, unreadCount = await store.CountUnreadAsync(name, ct), page = number, pageSize = size };
        });
        notices.MapPost("/read", async (ClaimsPrincipal user, INotificationStore store, TimeProvider clock, HttpRequest request, CancellationToken ct) =>
        {
            var ids = (await ApiBody.ReadAsync<MarkNoticesReadRequest>(request, ct)).Ids
                      ?? throw new CommandRejectedException("ids", "Send the ids to mark read: {\"ids\": [\"...\"]}.");
            if (ids.Count > MarkNoticesReadRequest.MaxIds)
                throw new CommandRejectedException("ids", $"Send at most {MarkNoticesReadRequest.MaxIds} ids at a time ({ids.Count} were sent).");
            if (ids.Any(string.IsNullOrEmpty))
                throw new CommandRejectedException("ids", "Each id is text.");
            var list = ids.Select(id => id!).ToList();
            return new { marked = await store.MarkReadAsync(user.Identity!.Name!, list, clock.GetUtcNow().UtcDateTime, ct) };
        });
    }
}
