using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Engine.Tasks.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;
using Xunit.Abstractions;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>The human-task life: open → assigned → completed (or cancelled with its workflow), on both providers.</summary>
public abstract class HumanTaskTests(DatabaseProvider provider, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TaskActor Amra = new("amra", ["Counsellor"], "SRB-BG");
    private static readonly TaskActor Luka = new("luka", ["Counsellor"], "SRB-BG");
    private static readonly TaskActor Elsewhere = new("edin", ["Counsellor"], "BIH-SA");
    private readonly ManualTimeProvider _clock = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, timeProvider: _clock);
        await _database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.CounsellingDecision), Publish: true));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_user_task_is_a_row_that_a_candidate_claims_and_completes_through_a_chosen_outcome()
    {
        var started = await _database.SendAsync(new StartWorkflow("counselling-decision", CorrelationId: "SRB-17"));
        var task = await TaskOfAsync(started.InstanceId);
        Assert.Equal((HumanTaskStatus.Open, "Counsellor", "SRB-BG", "Record the informed decision"), (task.Status, task.CandidateRole, task.CandidateOffice, task.Title));
        Assert.Equal(_clock.GetUtcNow().UtcDateTime.AddDays(3), task.DueAt);

        var claimed = await _database.SendAsync(new ClaimTask(task.Id, Amra));
        var second = await Assert.ThrowsAsync<ConflictException>(() => _database.SendAsync(new ClaimTask(task.Id, Luka)));
        var stranger = await Assert.ThrowsAsync<ForbiddenException>(() => _database.SendAsync(new CompleteHumanTask(task.Id, Luka, "Approved")));
        var done = await _database.SendAsync(new CompleteHumanTask(task.Id, Amra, "Approved"));

        Assert.Equal(("amra", HumanTaskStatus.Assigned), (claimed.Assignee, claimed.Status));
        Assert.Contains("no longer open", second.Message);
        Assert.NotNull(stranger);
        Assert.Equal(WorkflowSubStatus.Finished, done.SubStatus);
        var completed = await TaskOfAsync(started.InstanceId);
        Assert.Equal((HumanTaskStatus.Completed, "amra", "Approved"), (completed.Status, completed.CompletedBy, completed.Outcome));
        var journal = await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().JournalEntries.AsNoTracking()
            .Where(j => j.WorkflowInstanceId == started.InstanceId && j.EventName == "Completed").Select(j => j.ActivityId).ToListAsync());
        Assert.Contains("approved", journal);
        Assert.DoesNotContain("rejected", journal);
    }

    [Fact]
    public async Task An_outcome_the_task_does_not_offer_is_refused_and_changes_nothing()
    {
        var started = await _database.SendAsync(new StartWorkflow("counselling-decision"));
        var task = await TaskOfAsync(started.InstanceId);
        await _database.SendAsync(new ClaimTask(task.Id, Amra));

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => _database.SendAsync(new CompleteHumanTask(task.Id, Amra, "Maybe")));

        Assert.Equal("outcome", error.Errors.Keys.Single());
        Assert.Contains("Approved, Rejected", error.Message);
        Assert.Equal(HumanTaskStatus.Assigned, (await TaskOfAsync(started.InstanceId)).Status);
    }

    [Fact]
    public async Task Other_offices_cannot_take_the_task()
    {
        var started = await _database.SendAsync(new StartWorkflow("counselling-decision"));
        var task = await TaskOfAsync(started.InstanceId);

        await Assert.ThrowsAsync<ForbiddenException>(() => _database.SendAsync(new ClaimTask(task.Id, Elsewhere)));
        Assert.Equal(HumanTaskStatus.Open, (await TaskOfAsync(started.InstanceId)).Status);
    }

    [Fact]
    public async Task A_retried_completion_with_the_same_key_gets_the_first_answer_and_resumes_once()
    {
        var started = await _database.SendAsync(new StartWorkflow("counselling-decision"));
        var task = await TaskOfAsync(started.InstanceId);

        var first = await _database.SendAsync(new CompleteHumanTask(task.Id, Amra, "Rejected", IdempotencyKey: "complete-1"));
        var retry = await _database.SendAsync(new CompleteHumanTask(task.Id, Amra, "Rejected", IdempotencyKey: "complete-1"));

        Assert.Equal(first.SubStatus, retry.SubStatus);
        var resumed = await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().JournalEntries
            .CountAsync(j => j.WorkflowInstanceId == started.InstanceId && j.EventName == "Resumed"));
        Assert.Equal(1, resumed);
    }

    [Fact]
    public async Task Cancelling_the_workflow_cancels_its_open_task()
    {
        var started = await _database.SendAsync(new StartWorkflow("counselling-decision"));

        await _database.SendAsync(new CancelWorkflow(started.InstanceId));
        var task = await TaskOfAsync(started.InstanceId);
        var late = await Assert.ThrowsAsync<ConflictException>(() => _database.SendAsync(new CompleteHumanTask(task.Id, Amra, "Approved")));

        Assert.Equal(HumanTaskStatus.Cancelled, task.Status);
        Assert.NotNull(late);
    }

    [Fact]
    public async Task Concurrent_claims_have_exactly_one_winner()
    {
        var started = await _database.SendAsync(new StartWorkflow("counselling-decision"));
        var task = await TaskOfAsync(started.InstanceId);

        var results = await Race.RunAsync(8, async i => await _database.SendAsync(new ClaimTask(task.Id, new TaskActor($"user{i}", ["Counsellor"], "SRB-BG"))));

        output.WriteLine($"8 concurrent claims: {results.Count(r => r is HumanTask)} won, {results.Count(r => r is ConflictException)} refused");
        Assert.Single(results, r => r is HumanTask);
        Assert.Equal(7, results.Count(r => r is ConflictException));
    }

    private Task<HumanTask> TaskOfAsync(string instanceId) =>
        _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().HumanTasks.AsNoTracking().SingleAsync(t => t.WorkflowInstanceId == instanceId));
}

public sealed class SqliteHumanTaskTests(ITestOutputHelper output) : HumanTaskTests(DatabaseProvider.Sqlite, output);

public sealed class PostgreSqlHumanTaskTests(ITestOutputHelper output) : HumanTaskTests(DatabaseProvider.PostgreSql, output);
