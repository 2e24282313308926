using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Runtime.Timers;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>Timers are bookmarks with a due time; the drain fires each once, through the normal resume path.</summary>
public abstract class TimerDrainTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, timeProvider: _clock);
        await _database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.WaitOneDay), Publish: true));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_due_timer_fires_once_and_a_timer_not_yet_due_waits()
    {
        var started = await _database.SendAsync(new StartWorkflow("wait-one-day"));

        _clock.Advance(TimeSpan.FromHours(23));
        var early = await DrainAsync(_database);
        _clock.Advance(TimeSpan.FromHours(2));
        var due = await DrainAsync(_database);
        var again = await DrainAsync(_database);

        Assert.Equal((0, 1, 0), (early.Resumed, due.Resumed, again.Resumed));
        Assert.Equal(WorkflowSubStatus.Finished, await SubStatusAsync(started.InstanceId));
    }

    [Fact]
    public async Task A_timer_that_came_due_while_the_server_was_down_fires_once_after_the_restart()
    {
        var started = await _database.SendAsync(new StartWorkflow("wait-one-day"));
        _clock.Advance(TimeSpan.FromDays(3)); // the server was down

        await using var restarted = await TestDatabase.ReopenAsync(_database, _clock);
        var first = await DrainAsync(restarted);
        var second = await DrainAsync(restarted);

        Assert.Equal((1, 0), (first.Resumed, second.Resumed));
        Assert.Equal(WorkflowSubStatus.Finished, await SubStatusAsync(started.InstanceId));
    }

    [Fact]
    public async Task Cancelling_an_instance_leaves_nothing_to_fire()
    {
        var started = await _database.SendAsync(new StartWorkflow("wait-one-day"));
        await _database.SendAsync(new CancelWorkflow(started.InstanceId));
        _clock.Advance(TimeSpan.FromDays(2));

        var report = await DrainAsync(_database);

        Assert.Equal(0, report.Resumed + report.Skipped + report.Failed);
        Assert.Equal(WorkflowSubStatus.Cancelled, await SubStatusAsync(started.InstanceId));
    }

    private static Task<DrainReport> DrainAsync(TestDatabase database) =>
        database.Services.GetRequiredService<TimerDrain>().DrainAsync(CancellationToken.None);

    private Task<WorkflowSubStatus> SubStatusAsync(string instanceId) =>
        _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().WorkflowInstances
            .Where(i => i.Id == instanceId).Select(i => i.SubStatus).SingleAsync());
}

public sealed class SqliteTimerDrainTests() : TimerDrainTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlTimerDrainTests() : TimerDrainTests(DatabaseProvider.PostgreSql);
