using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Notifications;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Tests.ElsaApi;

namespace ReturnWorkflows.Server.Tests.Tasks;

/// <summary>Each person reads and marks only their own notices.</summary>
public sealed class NotificationApiTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task A_person_lists_and_marks_read_only_their_own_notices()
    {
        await using (var scope = api.Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
            db.Notifications.AddRange(
                Notice("n-sup-1", "supervisor", minutesAgo: 2), Notice("n-sup-2", "supervisor", minutesAgo: 1), Notice("n-other", "counsellor", minutesAgo: 1));
            await db.SaveChangesAsync();
        }

        var before = await api.Supervisor.GetJsonAsync("/api/notifications?unread=true");
        var marked = await api.Supervisor.PostAsJsonAsync("/api/notifications/read", new { ids = new[] { "n-sup-1", "n-other" } });
        var after = await api.Supervisor.GetJsonAsync("/api/notifications?unread=true");
        var bad = await api.Supervisor.PostAsJsonAsync("/api/notifications/read", new { ids = "n-sup-2" });

        Assert.Equal(["n-sup-2", "n-sup-1"], before["items"]!.AsArray().Select(n => (string)n!["id"]!)); // newest first, own only
        Assert.Equal(2, (int)before["unreadCount"]!);
        Assert.Equal(1, (int)(await marked.Content.ReadFromJsonAsync<JsonObject>())!["marked"]!);
        Assert.Equal(["n-sup-2"], after["items"]!.AsArray().Select(n => (string)n!["id"]!));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var counsellor = await api.Server.WithAccessTokenAsync("counsellor");
        Assert.Equal(1, (int)(await counsellor.GetJsonAsync("/api/notifications?unread=true"))["unreadCount"]!); // not marked by the supervisor
    }

    private static Notification Notice(string id, string userName, int minutesAgo) => new()
    {
        Id = id, UserName = userName, Kind = NotificationKind.TaskEscalated, Title = "Escalated: a task",
        Link = "/api/tasks/t1", TaskId = "t1", CreatedAt = DateTime.UtcNow.AddMinutes(-minutesAgo),
    };
}
