using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Notifications;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

public class NotificationStoreTests
{
    /// <summary>
    /// More ids than either database takes as separate SQL parameters (SQLite 32,766, PostgreSQL 65,535): the statement
    /// must not grow with the list. The API bounds the list far lower; this is the store's own guarantee.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Marking_read_sends_the_ids_as_one_parameter(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ids = Enumerable.Range(0, 70_000).Select(i => $"n{i}").ToList();
        await database.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
            db.Notifications.AddRange(
                new Notification { Id = "n69999", UserName = "counsellor", Kind = NotificationKind.TaskOverdue, Title = "Overdue", CreatedAt = DateTime.UtcNow },
                new Notification { Id = "n1", UserName = "supervisor", Kind = NotificationKind.TaskOverdue, Title = "Overdue", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        var marked = 0;
        await database.InScopeAsync(async scope =>
            marked = await scope.GetRequiredService<INotificationStore>().MarkReadAsync("counsellor", ids, DateTime.UtcNow, CancellationToken.None));

        Assert.Equal(1, marked); // the counsellor's one notice; the supervisor's, though listed, is not theirs
    }
}
