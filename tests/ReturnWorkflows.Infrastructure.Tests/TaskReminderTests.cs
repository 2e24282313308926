using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Notifications;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Runtime.Timers;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Engine.Tasks.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>
/// A task's reminder schedule (timer bookmarks in working days) and the overdue sweep tell whoever holds the task:
/// the candidates while it is open, the assignee once claimed. The clock starts on Sunday 1 March 2026, 09:00 UTC.
/// </summary>
public abstract class TaskReminderTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly TaskActor Amra = new("amra", ["Counsellor"], "SRB-BG");
    private readonly ManualTimeProvider _clock = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, timeProvider: _clock);
        var definition = Workflows.CounsellingDecision
            .Replace("counselling-decision", "reminded")
            .Replace("\"+3 days\"", "\"+3 working days\"")
            .Replace("\"due\":", Reminders("-1 working day, +1 day") + "\"due\":");
        await _database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(definition), Publish: true));
        await Users.AddAsync(_database, "amra", "SRB-BG", "Counsellor", "amra@example.org");
        await Users.AddAsync(_database, "bojan", "SRB-BG", "Counsellor", email: null);
        await Users.AddAsync(_database, "mila", "SRB-BG", "Supervisor", "mila@example.org");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Reminders_follow_the_schedule_in_working_days_and_reach_whoever_holds_the_task()
    {
        var started = await _database.SendAsync(new StartWorkflow("reminded"));
        var task = await TaskOfAsync(started.InstanceId);
        Assert.Equal(new DateTime(2026, 3, 4, 9, 0, 0), task.DueAt); // Sunday + 3 working days = Wednesday

        _clock.Advance(TimeSpan.FromHours(47)); // Tuesday 08:00: the "-1 working day" reminder is not due yet
        Assert.Equal(0, (await DrainAsync()).Resumed);
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, (await DrainAsync()).Resumed);

        var (notices, emails) = await SentAsync();
        Assert.Equal([("amra", NotificationKind.TaskDueSoon), ("bojan", NotificationKind.TaskDueSoon)], notices.Select(n => (n.UserName, n.Kind)));
        Assert.Equal([$"task-duesoon:{task.Id}:reminder-0:amra"], emails.Select(e => e.Key));
        Assert.Equal(WorkflowSubStatus.Suspended, (await InstanceAsync(started.InstanceId)).SubStatus); // a reminder does not move the case

        await _database.SendAsync(new ClaimTask(task.Id, Amra));
        _clock.Advance(TimeSpan.FromDays(2)); // Thursday 10:00: overdue since Wednesday, "+1 day" reminder due
        Assert.Equal(1, await _database.SendAsync(new SweepOverdueTasks()));
        Assert.Equal(0, await _database.SendAsync(new SweepOverdueTasks()));
        Assert.Equal(1, (await DrainAsync()).Resumed);

        (notices, emails) = await SentAsync();
        Assert.Equal([("amra", NotificationKind.TaskOverdue), ("amra", NotificationKind.TaskOverdue)], notices.Skip(2).Select(n => (n.UserName, n.Kind)));
        Assert.Equal([$"task-overdue:{task.Id}:amra", $"task-overdue:{task.Id}:reminder-1:amra"], emails.Skip(1).Select(e => e.Key).Order());
        Assert.All(emails, e => Assert.DoesNotContain(task.Title, e.Subject + e.Body));

        var done = await _database.SendAsync(new CompleteHumanTask(task.Id, Amra, "Approved"));
        Assert.Equal(WorkflowSubStatus.Finished, done.SubStatus);
    }

    [Fact]
    public async Task Completing_a_task_removes_its_pending_reminders()
    {
        var started = await _database.SendAsync(new StartWorkflow("reminded"));
        var task = await TaskOfAsync(started.InstanceId);
        Assert.Equal(2, await BookmarksAsync(started.InstanceId, UserTask.ReminderBookmarkName));

        await _database.SendAsync(new CompleteHumanTask(task.Id, Amra, "Approved"));
        _clock.Advance(TimeSpan.FromDays(10));

        Assert.Equal(0, await BookmarksAsync(started.InstanceId, UserTask.ReminderBookmarkName));
        Assert.Equal(0, (await DrainAsync()).Resumed);
        Assert.Equal(0, await _database.SendAsync(new SweepOverdueTasks()));
        Assert.Empty((await SentAsync()).Notices);
    }

    [Fact]
    public async Task Reminders_already_past_when_the_task_is_created_are_skipped()
    {
        var late = Workflows.CounsellingDecision.Replace("counselling-decision", "due-today")
            .Replace("\"+3 days\"", "\"02:00:00\"")
            .Replace("\"due\":", Reminders("-1 day, -01:00:00") + "\"due\":");
        await _database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(late), Publish: true));

        var started = await _database.SendAsync(new StartWorkflow("due-today"));

        var reminders = started.Bookmarks.Where(b => b.Name == UserTask.ReminderBookmarkName).ToList();
        Assert.Equal(_clock.GetUtcNow().UtcDateTime.AddHours(1), Assert.Single(reminders).DueAt);
    }

    private static string Reminders(string schedule) =>
        $$$"""
          "reminders":{"typeName":"String","expression":{"type":"Literal","value":"{{{schedule}}}"}},
          """;

    private Task<DrainReport> DrainAsync() => _database.Services.GetRequiredService<TimerDrain>().DrainAsync(CancellationToken.None);

    private Task<HumanTask> TaskOfAsync(string instanceId) =>
        _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().HumanTasks.AsNoTracking().SingleAsync(t => t.WorkflowInstanceId == instanceId));

    private Task<WorkflowInstance> InstanceAsync(string instanceId) =>
        _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == instanceId));

    private Task<int> BookmarksAsync(string instanceId, string name) =>
        _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().Bookmarks.CountAsync(b => b.WorkflowInstanceId == instanceId && b.Name == name));

    private Task<(List<Notification> Notices, List<OutboxMessage> Emails)> SentAsync() => _database.InScopeAsync(async scope =>
    {
        var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
        return (await db.Notifications.AsNoTracking().OrderBy(n => n.CreatedAt).ThenBy(n => n.UserName).ToListAsync(),
            await db.OutboxMessages.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync());
    });
}

public sealed class SqliteTaskReminderTests() : TaskReminderTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlTaskReminderTests() : TaskReminderTests(DatabaseProvider.PostgreSql);
