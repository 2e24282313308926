using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Runtime.State;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;
using TestPaths = ReturnWorkflows.Testing.RepositoryPaths;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>Start, resume, cancel and events through the command pipeline and a real database, on both providers.</summary>
public abstract class WorkflowRuntimeTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.ArrivalFollowUp), Publish: true));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_started_instance_waits_with_its_state_and_bookmark_stored_and_an_event_finishes_it()
    {
        var started = await SendAsync(new StartWorkflow("arrival-follow-up", CorrelationId: "case-7"));

        Assert.Equal(WorkflowSubStatus.Suspended, started.SubStatus);
        var stored = await InstanceAsync(started.InstanceId);
        Assert.Equal(JoinAlgorithm.TokenBased, InstanceStateSerializer.Deserialize(stored.State).JoinAlgorithm); // the host default, stored
        Assert.Equal(1, await CountAsync<Engine.Runtime.Bookmark>(b => b.WorkflowInstanceId == started.InstanceId));

        var resumed = Assert.Single(await SendAsync(new RaiseEvent("ArrivalConfirmed", CorrelationId: "case-7")));

        Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
        Assert.Equal(0, await CountAsync<Engine.Runtime.Bookmark>(b => b.WorkflowInstanceId == started.InstanceId));
        var journal = await JournalAsync(started.InstanceId);
        Assert.Equal(Enumerable.Range(0, journal.Count).Select(i => (long)i), journal.Select(j => j.Sequence));
        Assert.Contains(journal, j => j.ActivityId == "arrived" && j.EventName == "Resumed");
        var executions = await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().ActivityExecutions.AsNoTracking()
            .Where(r => r.WorkflowInstanceId == started.InstanceId).ToDictionaryAsync(r => r.ActivityId));
        Assert.All(executions.Values, r => Assert.Equal("Completed", r.Status));
        Assert.Equal("{\"EventName\":\"ArrivalConfirmed\"}", executions["arrived"].ActivityState);
        Assert.Equal("{\"Text\":\"Arrived\"}", executions["done"].ActivityState);
        Assert.Equal("{\"Outcomes\":[\"Done\"]}", executions["done"].Payload);
        Assert.True(executions["arrived"].CompletedAt > executions["arrived"].StartedAt || executions["arrived"].CompletedAt == executions["arrived"].StartedAt);
    }

    [Fact]
    public async Task A_bookmark_resumes_once_and_the_second_try_is_told_so()
    {
        var started = await SendAsync(new StartWorkflow("arrival-follow-up"));
        var bookmark = Assert.Single(started.Bookmarks);

        await SendAsync(new ResumeBookmark(bookmark.Id));
        var second = await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ResumeBookmark(bookmark.Id)));

        Assert.Contains("resumed already", second.Message);
        Assert.Equal(1, (await JournalAsync(started.InstanceId)).Count(j => j.EventName == "Resumed"));
    }

    [Fact]
    public async Task An_event_nobody_waits_for_is_refused_and_changes_nothing()
    {
        var started = await SendAsync(new StartWorkflow("arrival-follow-up", CorrelationId: "case-8"));

        var error = await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new RaiseEvent("ArrivalConfirmed", CorrelationId: "case-9")));

        Assert.Contains("correlation id 'case-9'", error.Message);
        Assert.Equal(WorkflowSubStatus.Suspended, (await InstanceAsync(started.InstanceId)).SubStatus);
    }

    [Fact]
    public async Task Cancelling_removes_every_bookmark_and_a_cancelled_instance_cannot_resume()
    {
        var started = await SendAsync(new StartWorkflow("arrival-follow-up"));

        var cancelled = await SendAsync(new CancelWorkflow(started.InstanceId));
        var resume = await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ResumeBookmark(started.Bookmarks[0].Id)));
        var again = await Assert.ThrowsAsync<ConflictException>(() => SendAsync(new CancelWorkflow(started.InstanceId)));

        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Cancelled), (cancelled.Status, cancelled.SubStatus));
        Assert.Equal(0, await CountAsync<Engine.Runtime.Bookmark>(b => b.WorkflowInstanceId == started.InstanceId));
        Assert.Contains(await JournalAsync(started.InstanceId), j => j.EventName == "Workflow cancelled");
        Assert.Equal("Canceled", await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().ActivityExecutions
            .Where(r => r.WorkflowInstanceId == started.InstanceId && r.ActivityId == "arrived").Select(r => r.Status).SingleAsync()));
        Assert.Contains("Cancelled", again.Message);
        Assert.Equal("bookmarkId", resume.Errors.Keys.Single());
    }

    [Fact]
    public async Task A_restarted_server_resumes_what_the_previous_one_left_waiting()
    {
        var started = await SendAsync(new StartWorkflow("arrival-follow-up"));

        // A new service provider over the same database: nothing survives but what was committed.
        await using var restarted = await TestDatabase.ReopenAsync(_database);
        var resumed = Assert.Single(await restarted.InScopeAsync(scope =>
            scope.GetRequiredService<IMediator>().Send(new RaiseEvent("ArrivalConfirmed", InstanceId: started.InstanceId))));

        Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
    }

    [Theory]
    [InlineData(JoinAlgorithm.TokenBased)]
    [InlineData(JoinAlgorithm.CounterBased)]
    public async Task The_shipped_lifecycle_runs_from_intake_to_closure(JoinAlgorithm algorithm)
    {
        var file = await File.ReadAllTextAsync(Path.Combine(TestPaths.Workflows, "avrr-case-lifecycle.json"));
        await SendAsync(new ImportWorkflowDefinition(file));
        var started = await SendAsync(new StartWorkflow("avrr-case-lifecycle", CorrelationId: "RS-2026-1", JoinAlgorithm: algorithm));

        foreach (var step in new[] { "IntakeCompleted", "TravelDocumentIssued", "InformedDecisionRecorded", "EligibilityApproved", "TravelBooked", "ArrivalConfirmed", "ReintegrationPlanApproved" })
            await SendAsync(new RaiseEvent(step, CorrelationId: "RS-2026-1"));
        var timer = Assert.Single(await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().Bookmarks.AsNoTracking()
            .Where(b => b.WorkflowInstanceId == started.InstanceId).ToListAsync()));
        Assert.Equal("Elsa.Delay", timer.Name);
        Assert.NotNull(timer.DueAt);
        await SendAsync(new ResumeBookmark(timer.Id)); // the timers issue makes this fire by itself
        var closed = Assert.Single(await SendAsync(new RaiseEvent("MonitoringVisitCompleted", CorrelationId: "RS-2026-1")));

        Assert.Equal(WorkflowSubStatus.Finished, closed.SubStatus);
        var journal = await JournalAsync(started.InstanceId);
        Assert.Equal(1, journal.Count(j => j.ActivityId == "ready" && j.EventName == "Completed")); // the join ran once, after both branches
        Assert.Contains(journal, j => j.ActivityId == "closed" && j.Message == "Return case closed");
    }

    [Theory]
    [InlineData(JoinAlgorithm.TokenBased, true, 4)]
    [InlineData(JoinAlgorithm.CounterBased, true, 4)]
    [InlineData(JoinAlgorithm.TokenBased, false, 2)]
    [InlineData(JoinAlgorithm.CounterBased, false, 2)]
    public async Task A_decision_a_loop_that_waits_and_a_fork_join_run_end_to_end(JoinAlgorithm algorithm, bool vulnerable, int visits)
    {
        await SendAsync(new ImportWorkflowDefinition(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Workflows", "monitoring-plan.json"))));
        var started = await SendAsync(new StartWorkflow("monitoring-plan", JoinAlgorithm: algorithm,
            Input: new System.Text.Json.Nodes.JsonObject { ["Vulnerable"] = vulnerable }));

        for (var visit = 0; visit < visits; visit++)
            await SendAsync(new RaiseEvent("MonitoringVisitDone", InstanceId: started.InstanceId));
        await SendAsync(new RaiseEvent("FinalPaymentMade", InstanceId: started.InstanceId));
        var last = Assert.Single(await SendAsync(new RaiseEvent("SurveyDone", InstanceId: started.InstanceId)));

        Assert.Equal(WorkflowSubStatus.Finished, last.SubStatus);
        var journal = await JournalAsync(started.InstanceId);
        var loop = vulnerable ? "full" : "light";
        Assert.Equal(visits, journal.Count(j => j.ActivityId == $"{loop}-visit" && j.EventName == "Completed"));
        Assert.Equal("visit at month 12", journal.Last(j => j.ActivityId == $"{loop}-visit").Message);
        Assert.DoesNotContain(journal, j => j.ActivityId == (vulnerable ? "light" : "full"));
        Assert.Equal(1, journal.Count(j => j.ActivityId == "planned" && j.EventName == "Completed"));
    }

    [Fact]
    public async Task An_operator_retries_a_faulted_activity_or_cancels_the_instance()
    {
        var model = WorkflowDefinitionJson.Parse(Workflows.ArrivalFollowUp.Replace("arrival-follow-up", "broken-script")
            .Replace("""{"type":"Literal","value":"Arrived"}""", """{"type":"JavaScript","value":"getInput('CaseNumber').length"}"""));
        await SendAsync(new SaveWorkflowDefinition(model, Publish: true));
        var started = await SendAsync(new StartWorkflow("broken-script"));
        var faulted = Assert.Single(await SendAsync(new RaiseEvent("ArrivalConfirmed", InstanceId: started.InstanceId)));
        Assert.Equal((WorkflowSubStatus.Faulted, 1), (faulted.SubStatus, faulted.IncidentCount));

        var retried = await SendAsync(new RetryFaultedActivity(started.InstanceId)); // still failing: faults again
        var cancelled = await SendAsync(new CancelWorkflow(started.InstanceId));
        var noMore = await Assert.ThrowsAsync<ConflictException>(() => SendAsync(new RetryFaultedActivity(started.InstanceId)));

        Assert.Equal((WorkflowSubStatus.Faulted, 2), (retried.SubStatus, retried.IncidentCount));
        var incidents = await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().Incidents.AsNoTracking()
            .Where(i => i.WorkflowInstanceId == started.InstanceId).OrderBy(i => i.Timestamp).ToListAsync());
        Assert.Equal(2, incidents.Count);
        Assert.Equal(1, incidents.Count(i => i.ResolvedAt is not null));
        Assert.Equal(WorkflowSubStatus.Cancelled, cancelled.SubStatus);
        Assert.Contains("no faulted activity", noMore.Message);
    }

    [Fact]
    public async Task An_event_published_by_one_workflow_resumes_another_in_the_same_commit()
    {
        const string publisher = """
            {"definitionId":"announce","root":{"id":"f","type":"Elsa.Flowchart","activities":[
              {"id":"s","type":"Elsa.Start"},
              {"id":"p","type":"Elsa.PublishEvent","eventName":{"typeName":"String","expression":{"type":"Literal","value":"ArrivalConfirmed"}},
               "correlationId":{"typeName":"String","expression":{"type":"Literal","value":"case-12"}}}],
             "connections":[{"source":{"activity":"s","port":"Done"},"target":{"activity":"p","port":"In"}}]}}
            """;
        await SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(publisher), Publish: true));
        var waiting = await SendAsync(new StartWorkflow("arrival-follow-up", CorrelationId: "case-12"));
        var other = await SendAsync(new StartWorkflow("arrival-follow-up", CorrelationId: "case-13"));

        await SendAsync(new StartWorkflow("announce"));

        Assert.Equal(WorkflowSubStatus.Finished, (await InstanceAsync(waiting.InstanceId)).SubStatus);
        Assert.Equal(WorkflowSubStatus.Suspended, (await InstanceAsync(other.InstanceId)).SubStatus);
    }

    [Fact]
    public async Task A_requested_task_is_completed_once_with_its_result()
    {
        const string definition = """
            {"definitionId":"passport-check","variables":[{"id":"r","name":"Answer","typeName":"String"}],
             "root":{"id":"f","type":"Elsa.Flowchart","activities":[
              {"id":"s","type":"Elsa.Start"},
              {"id":"t","type":"Elsa.RunTask","taskName":{"typeName":"String","expression":{"type":"Literal","value":"CheckPassport"}},
               "result":{"typeName":"Object","memoryReference":{"id":"r"}}},
              {"id":"w","type":"Elsa.WriteLine","text":{"typeName":"String","expression":{"type":"JavaScript","value":"'embassy says ' + getAnswer()"}}}],
             "connections":[{"source":{"activity":"s","port":"Done"},"target":{"activity":"t","port":"In"}},
                            {"source":{"activity":"t","port":"Done"},"target":{"activity":"w","port":"In"}}]}}
            """;
        await SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(definition), Publish: true));
        var started = await SendAsync(new StartWorkflow("passport-check"));
        var bookmark = await _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().Bookmarks.AsNoTracking()
            .SingleAsync(b => b.WorkflowInstanceId == started.InstanceId));
        var taskId = System.Text.Json.Nodes.JsonNode.Parse(bookmark.Payload!)!["taskId"]!.GetValue<string>();

        var done = await SendAsync(new CompleteTask(taskId, System.Text.Json.Nodes.JsonValue.Create("valid")));
        var again = await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new CompleteTask(taskId)));

        Assert.Equal(WorkflowSubStatus.Finished, done.SubStatus);
        Assert.Contains(await JournalAsync(started.InstanceId), j => j.ActivityId == "w" && j.Message == "embassy says valid");
        Assert.Equal("taskId", again.Errors.Keys.Single());
    }

    [Fact]
    public async Task Starting_a_definition_with_no_published_version_is_refused()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new StartWorkflow("nope")));

        Assert.Equal("definitionId", error.Errors.Keys.Single());
        Assert.Equal(0, await CountAsync<WorkflowInstance>(_ => true));
    }

    [Fact]
    public async Task An_instance_stays_on_its_version_when_a_new_one_is_published()
    {
        var started = await SendAsync(new StartWorkflow("arrival-follow-up"));
        await SendAsync(new SaveWorkflowDefinition(WorkflowDefinitionJson.Parse(Workflows.ArrivalFollowUp), Publish: true));

        var resumed = Assert.Single(await SendAsync(new RaiseEvent("ArrivalConfirmed", InstanceId: started.InstanceId)));
        var instance = await InstanceAsync(started.InstanceId);

        Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
        Assert.Equal(1, instance.DefinitionVersion);
    }

    private Task<T> SendAsync<T>(IRequest<T> command) => _database.SendAsync(command);

    private Task<WorkflowInstance> InstanceAsync(string id) =>
        _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == id));

    private Task<List<Engine.Runtime.JournalEntry>> JournalAsync(string id) => _database.JournalAsync(id);

    private Task<int> CountAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> where) where T : class =>
        _database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().Set<T>().CountAsync(where));
}

public sealed class SqliteWorkflowRuntimeTests() : WorkflowRuntimeTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlWorkflowRuntimeTests() : WorkflowRuntimeTests(DatabaseProvider.PostgreSql);
