using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Runtime.Timers;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Engine.Tasks.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;
using Xunit.Abstractions;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>A task overdue past its escalation rule escalates, by itself, through the timer drain.</summary>
public abstract class TaskEscalationTests(DatabaseProvider provider, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TaskActor Amra = new("amra", ["Counsellor"], "SRB-BG");
    private readonly ManualTimeProvider _clock = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, timeProvider: _clock);
        await _database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Escalating("waits-when-escalated", leave: false)), Publish: true));
        await _database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Escalating("leaves-when-escalated", leave: true)), Publish: true));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Escalation_tells_the_offices_supervisors_in_the_application_and_by_email_once()
    {
        await Users.AddAsync(_database, "mila", "SRB-BG", "Supervisor", "mila@example.org");
        await Users.AddAsync(_database, "zoran", "SRB-BG", "Supervisor", email: null);
        await Users.AddAsync(_database, "hana", "BA-SJJ", "Supervisor", "hana@example.org");
        await Users.AddAsync(_database, "amra", "SRB-BG", "Counsellor", "amra@example.org");
        var started = await _database.SendAsync(new StartWorkflow("waits-when-escalated"));
        _clock.Advance(TimeSpan.FromDays(5));

        Assert.Equal(1, (await DrainAsync()).Resumed);
        Assert.Equal(0, (await DrainAsync()).Resumed);

        var task = await TaskOfAsync(started.InstanceId);
        var (notices, emails) = await _database.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
            return (await db.Notifications.AsNoTracking().OrderBy(n => n.UserName).ToListAsync(), await db.OutboxMessages.AsNoTracking().ToListAsync());
        });
        Assert.Equal(["mila", "zoran"], notices.Select(n => n.UserName));
        Assert.All(notices, n => Assert.Equal((Engine.Notifications.NotificationKind.TaskEscalated, task.Id, $"/inbox/{task.Id}", (DateTime?)null), (n.Kind, n.TaskId, n.Link, n.ReadAt)));
        var email = Assert.Single(emails);
        Assert.Equal(("mila@example.org", $"task-escalated:{task.Id}:mila"), (email.Recipient, email.Key));
        Assert.DoesNotContain(task.Title, email.Subject + email.Body); // a link, not case data
    }

    [Fact]
    public async Task An_overdue_task_escalates_and_can_still_be_completed()
    {
        var started = await _database.SendAsync(new StartWorkflow("waits-when-escalated"));
        _clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(23)); // due after 3 days, escalates a day later
        Assert.Equal(0, (await DrainAsync()).Resumed);
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, (await DrainAsync()).Resumed);

        var task = await TaskOfAsync(started.InstanceId);
        Assert.Equal(HumanTaskStatus.Escalated, task.Status);
        var done = await _database.SendAsync(new CompleteHumanTask(task.Id, Amra, "Approved"));
        Assert.Equal(WorkflowSubStatus.Finished, done.SubStatus);
    }

    [Fact]
    public async Task With_the_Escalated_port_the_workflow_leaves_and_the_task_closes()
    {
        var started = await _database.SendAsync(new StartWorkflow("leaves-when-escalated"));
        _clock.Advance(TimeSpan.FromDays(5));

        await DrainAsync();
        var task = await TaskOfAsync(started.InstanceId);
        var late = await Assert.ThrowsAsync<ConflictException>(() => _database.SendAsync(new CompleteHumanTask(task.Id, Amra, "Approved")));

        Assert.Equal(HumanTaskStatus.Cancelled, task.Status);
        Assert.Contains("Cancelled", late.Message);
        Assert.Contains("escalated", await CompletedActivitiesAsync(started.InstanceId));
    }

    [Fact]
    public async Task A_completion_racing_its_own_escalation_ends_with_exactly_one_of_them()
    {
        var outcomes = new Dictionary<string, int> { ["completed"] = 0, ["escalated"] = 0 };
        for (var round = 0; round < 10; round++)
        {
            var started = await _database.SendAsync(new StartWorkflow("leaves-when-escalated"));
            var task = await TaskOfAsync(started.InstanceId);
            _clock.Advance(TimeSpan.FromDays(5));

            await Race.RunAsync(2, async i => i == 0
                ? await _database.SendAsync(new CompleteHumanTask(task.Id, Amra, "Approved"))
                : await DrainAsync());

            var completed = await CompletedActivitiesAsync(started.InstanceId);
            var approved = completed.Contains("approved");
            Assert.True(approved ^ completed.Contains("escalated"), $"round {round}: {string.Join(",", completed)}");
            Assert.Equal(approved ? HumanTaskStatus.Completed : HumanTaskStatus.Cancelled, (await TaskOfAsync(started.InstanceId)).Status);
            outcomes[approved ? "completed" : "escalated"]++;
        }
        output.WriteLine($"10 completion-versus-escalation races: {outcomes["completed"]} completed first, {outcomes["escalated"]} escalated first");
    }

    private Task<DrainReport> DrainAsync() => _database.Services.GetRequiredService<TimerDrain>().DrainAsync(CancellationToken.None);

    private Task<HumanTask> TaskOfAsync(string instanceId) =>
        _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().HumanTasks.AsNoTracking().SingleAsync(t => t.WorkflowInstanceId == instanceId));

    private Task<List<string>> CompletedActivitiesAsync(string instanceId) =>
        _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().JournalEntries.AsNoTracking()
            .Where(j => j.WorkflowInstanceId == instanceId && j.EventName == "Completed").Select(j => j.ActivityId).ToListAsync());

    private static string Escalating(string definitionId, bool leave) =>
        Workflows.CounsellingDecision
            .Replace("counselling-decision", definitionId)
            .Replace("\"due\":", """
                "escalateAfter":{"typeName":"String","expression":{"type":"Literal","value":"+1 day"}},
                "due":
                """)
            .Replace("""{"id":"rejected",""", """{"id":"escalated","type":"Elsa.WriteLine","text":{"typeName":"String","expression":{"type":"Literal","value":"escalated"}}},{"id":"rejected",""")
            .Replace("""{"source":{"activity":"decide","port":"Rejected"}""",
                (leave ? """{"source":{"activity":"decide","port":"Escalated"},"target":{"activity":"escalated","port":"In"}},""" : "")
                + """{"source":{"activity":"decide","port":"Rejected"}""");
}

public sealed class SqliteTaskEscalationTests(ITestOutputHelper output) : TaskEscalationTests(DatabaseProvider.Sqlite, output);

public sealed class PostgreSqlTaskEscalationTests(ITestOutputHelper output) : TaskEscalationTests(DatabaseProvider.PostgreSql, output);
