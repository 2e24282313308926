using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Notifications;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Tests.ElsaApi;

namespace ReturnWorkflows.Server.Tests.Tasks;

/// <summary>The shell's bell counts a person's own unread notices; choosing one marks it read and opens its task.</summary>
public sealed class NotificationBellTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task The_bell_shows_ones_own_unread_notices_and_opening_one_marks_it_read_and_goes_to_its_task()
    {
        await using (var scope = api.Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
            db.Notifications.AddRange(Notice("bell-1", "counsellor", "task-1"), Notice("bell-2", "counsellor", "task-2"), Notice("bell-other", "supervisor", "task-3"));
            await db.SaveChangesAsync();
        }
        using var counsellor = await api.Server.SignedInAsync("counsellor");

        var home = await counsellor.GetStringAsync("/");
        Assert.Contains("aria-label=\"Notifications, 2 unread\"", home);
        Assert.Contains("action=\"/notifications/bell-1/open\"", home);
        Assert.DoesNotContain("bell-other", home);

        var opened = await OpenAsync(counsellor, "bell-1", "/inbox/task-1");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/inbox/task-1", opened.Headers.Location?.OriginalString);
        // Another person's notice is not marked, and a page elsewhere is never where the bell leads.
        var elsewhere = await OpenAsync(counsellor, "bell-other", "https://elsewhere.example/");
        Assert.Equal("/inbox", elsewhere.Headers.Location?.OriginalString);

        Assert.Contains("aria-label=\"Notifications, 1 unread\"", await counsellor.GetStringAsync("/"));
        await using var check = api.Server.Services.CreateAsyncScope();
        var store = check.ServiceProvider.GetRequiredService<INotificationStore>();
        Assert.Equal(1, await store.CountUnreadAsync("supervisor", CancellationToken.None));
    }

    private static async Task<HttpResponseMessage> OpenAsync(HttpClient client, string id, string page)
    {
        var token = await Browserless.AntiForgeryTokenAsync(client, "/");
        return await client.PostAsync($"/notifications/{id}/open", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["page"] = page, ["__RequestVerificationToken"] = token,
        }));
    }

    private static Notification Notice(string id, string userName, string taskId) => new()
    {
        Id = id, UserName = userName, Kind = NotificationKind.TaskOverdue, Title = "Overdue: a task",
        Link = "/api/tasks/" + taskId, TaskId = taskId, CreatedAt = DateTime.UtcNow,
    };
}
