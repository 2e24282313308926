using ReturnWorkflows.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Engine.Tasks.Commands;
using ReturnWorkflows.Engine.Tasks.Queries;
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
        Assert.Contains("assigned to someone else", stranger.Message);
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
        Assert.Contains("Cancelled", late.Message);
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

    [Fact]
    public async Task A_supervisor_reassigns_or_returns_a_task_to_the_queue_and_counsellors_cannot()
    {
        var supervisor = new TaskActor("mila", ["Supervisor"], "SRB-BG");
        var started = await _database.SendAsync(new StartWorkflow("counselling-decision"));
        var task = await TaskOfAsync(started.InstanceId);
        await _database.SendAsync(new ClaimTask(task.Id, Amra));
        await Users.AddAsync(_database, "luka", "SRB-BG", "Counsellor", email: null);
        await Users.AddAsync(_database, "ana", "BA-SJJ", "Counsellor", email: null);

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => _database.SendAsync(new ReassignTask(task.Id, Luka, "luka")));
        var nobody = await Assert.ThrowsAsync<CommandRejectedException>(() => _database.SendAsync(new ReassignTask(task.Id, supervisor, "nobody")));
        var otherOffice = await Assert.ThrowsAsync<CommandRejectedException>(() => _database.SendAsync(new ReassignTask(task.Id, supervisor, "ana")));
        var moved = await _database.SendAsync(new ReassignTask(task.Id, supervisor, "luka"));
        var returned = await _database.SendAsync(new ReassignTask(task.Id, supervisor, null));

        Assert.Contains("Only a supervisor", refused.Message);
        Assert.Equal("There is no user 'nobody'.", nobody.Errors["assignee"].Single());
        Assert.Contains("does not work for the task's office SRB-BG", otherOffice.Errors["assignee"].Single());
        Assert.Equal(("luka", HumanTaskStatus.Assigned, "mila"), (moved.Assignee, moved.Status, moved.ReassignedBy));
        Assert.Equal((null, HumanTaskStatus.Open), (returned.Assignee, returned.Status));
    }

    [Fact]
    public async Task The_inbox_lists_mine_my_offices_open_tasks_due_soon_and_overdue_due_first()
    {
        var first = await TaskOfAsync((await _database.SendAsync(new StartWorkflow("counselling-decision"))).InstanceId);
        _clock.Advance(TimeSpan.FromDays(2));
        var second = await TaskOfAsync((await _database.SendAsync(new StartWorkflow("counselling-decision"))).InstanceId);
        _clock.Advance(TimeSpan.FromDays(2)); // first is overdue (due after 3 days), second due in a day
        await _database.SendAsync(new ClaimTask(second.Id, Amra));

        async Task<string[]> View(TaskActor actor, InboxView view) =>
            (await _database.SendAsync(new TaskInbox(actor, view))).Items.Select(t => t.Id).ToArray();

        Assert.Equal([second.Id], await View(Amra, InboxView.Mine));
        Assert.Equal([first.Id], await View(Luka, InboxView.OfficeOpen));
        Assert.Equal([first.Id], await View(Amra, InboxView.Overdue));
        Assert.Equal([second.Id], await View(Amra, InboxView.DueSoon));
        Assert.Empty(await View(Elsewhere, InboxView.OfficeOpen));
        var badPage = await Assert.ThrowsAsync<CommandRejectedException>(() => _database.SendAsync(new TaskInbox(Amra, InboxView.Mine, PageSize: 1000)));
        Assert.Equal("pageSize", badPage.Errors.Keys.Single());
    }

    [Fact]
    public async Task A_task_without_a_title_is_named_by_its_display_text_as_the_designer_node_shows_it()
    {
        var untitled = Workflows.CounsellingDecision.Replace("counselling-decision", "untitled")
            .Replace("\"title\":{\"typeName\":\"String\",\"expression\":{\"type\":\"Literal\",\"value\":\"Record the informed decision\"}},", "");
        var displayed = untitled.Replace("\"untitled\"", "\"displayed\"")
            .Replace("\"type\":\"ReturnWorkflows.UserTask\",", "\"type\":\"ReturnWorkflows.UserTask\",\"name\":\"\",\"metadata\":{\"displayText\":\"Return interview\"},");
        Assert.DoesNotContain("Record the informed decision", displayed);
        await _database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(untitled), Publish: true));
        await _database.SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(displayed), Publish: true));

        var named = await TaskOfAsync((await _database.SendAsync(new StartWorkflow("displayed"))).InstanceId);
        var bare = await TaskOfAsync((await _database.SendAsync(new StartWorkflow("untitled"))).InstanceId);

        Assert.Equal("Return interview", named.Title);
        Assert.Equal("User task", bare.Title);
    }

    private Task<HumanTask> TaskOfAsync(string instanceId) =>
        _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().HumanTasks.AsNoTracking().SingleAsync(t => t.WorkflowInstanceId == instanceId));
}

public sealed class SqliteHumanTaskTests(ITestOutputHelper output) : HumanTaskTests(DatabaseProvider.Sqlite, output);

public sealed class PostgreSqlHumanTaskTests(ITestOutputHelper output) : HumanTaskTests(DatabaseProvider.PostgreSql, output);
