using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests.ElsaApi;

/// <summary>The Run button, the instance list and the instance viewer (../shared/elsa-semantics.md §7).</summary>
public sealed class InstanceApiTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static readonly JsonContent RunButtonBody = JsonContent.Create(JsonNode.Parse("""{"correlationId":null,"triggerActivityId":null,"versionOptions":"Latest","input":null}"""));

    [Fact]
    public async Task The_Run_button_starts_a_test_run_and_gets_Elsas_headers()
    {
        await api.SaveAsync("run-a", publish: false);

        var response = await api.Manager.PostAsync("/elsa/api/workflow-definitions/run-a/execute", RunButtonBody);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("False", response.Headers.GetValues("x-elsa-workflow-cannot-start").Single());
        var instanceId = response.Headers.GetValues("x-elsa-workflow-instance-id").Single();
        var state = (await response.Content.ReadFromJsonAsync<JsonObject>())!["workflowState"]!;
        Assert.Equal("Finished", (string?)state["subStatus"]);
        Assert.IsType<JsonArray>(state["bookmarks"]);
        var instance = await api.Manager.GetJsonAsync($"/elsa/api/workflow-instances/{instanceId}");
        Assert.True((bool)instance["isTestRun"]!);
        Assert.Equal("Test run: run-a", (string?)instance["name"]); // the instance list shows it as one
    }

    [Fact]
    public async Task A_test_runs_task_goes_to_whoever_pressed_Run_and_schedules_no_reminder_or_escalation()
    {
        var definition = JsonNode.Parse(Workflows.CounsellingDecision.Replace("\"due\":",
            "\"escalateAfter\":{\"typeName\":\"String\",\"expression\":{\"type\":\"Literal\",\"value\":\"+1 day\"}}," +
            "\"reminders\":{\"typeName\":\"String\",\"expression\":{\"type\":\"Literal\",\"value\":\"-1 day, +1 day\"}},\"due\":"))!;
        definition["definitionId"] = "test-run-task";
        (await api.Manager.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = definition, ["publish"] = false })).EnsureSuccessStatusCode();

        var testRun = await api.Manager.PostAsync("/elsa/api/workflow-definitions/test-run-task/execute", RunButtonBody);
        var realRun = await api.Automation.PostAsync("/elsa/api/workflow-definitions/test-run-task/execute", JsonContent.Create(new { versionOptions = "Latest" }));

        await using var scope = api.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
        async Task<(HumanTask Task, int Timers)> TaskOf(HttpResponseMessage started)
        {
            var instanceId = started.Headers.GetValues("x-elsa-workflow-instance-id").Single();
            var task = await db.HumanTasks.AsNoTracking().SingleAsync(t => t.WorkflowInstanceId == instanceId);
            return (task, await db.Bookmarks.CountAsync(b => b.WorkflowInstanceId == instanceId && b.DueAt != null));
        }
        var (tested, testTimers) = await TaskOf(testRun);
        var (real, realTimers) = await TaskOf(realRun);

        Assert.Equal(("manager", HumanTaskStatus.Assigned, 0), (tested.Assignee, tested.Status, testTimers));
        Assert.Equal((null, HumanTaskStatus.Open), (real.Assignee, real.Status)); // a real case's task waits in the office queue
        Assert.Equal(3, realTimers); // its escalation and two reminders
    }

    [Fact]
    public async Task A_start_by_automation_is_a_real_run_and_an_unknown_definition_is_404()
    {
        await api.SaveAsync("run-b", publish: true);

        var real = await api.Automation.PostAsync("/elsa/api/workflow-definitions/run-b/execute", JsonContent.Create(new { }));
        var missing = await api.Manager.PostAsync("/elsa/api/workflow-definitions/no-such-definition/execute", RunButtonBody);

        var instanceId = real.Headers.GetValues("x-elsa-workflow-instance-id").Single();
        Assert.False((bool)(await api.Manager.GetJsonAsync($"/elsa/api/workflow-instances/{instanceId}"))["isTestRun"]!);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_viewer_gets_state_journal_records_and_the_badge_report()
    {
        await api.SaveAsync("view-a", publish: false, waits: true);
        var started = await api.Manager.PostAsync("/elsa/api/workflow-definitions/view-a/execute", RunButtonBody);
        var id = started.Headers.GetValues("x-elsa-workflow-instance-id").Single();

        var instance = await api.Manager.GetJsonAsync($"/elsa/api/workflow-instances/{id}");
        var state = instance["workflowState"]!;
        Assert.Equal("Suspended", (string?)instance["subStatus"]);
        foreach (var list in new[] { "bookmarks", "incidents", "completionCallbacks", "activityExecutionContexts", "scheduledActivities" })
            Assert.IsType<JsonArray>(state[list]);
        Assert.Equal("Workflow1:flow1:wait1", (string?)state["bookmarks"]![0]!["activityNodeId"]);

        var journal = await (await api.Manager.PostAsJsonAsync($"/elsa/api/workflow-instances/{id}/journal?skip=0&take=110",
            new { filter = new { excludedActivityTypes = new[] { "Elsa.Workflow", "Elsa.Flowchart" } } })).Content.ReadFromJsonAsync<JsonObject>();
        var entries = journal!["items"]!.AsArray();
        var sequences = entries.Select(e => (long)e!["sequence"]!).ToList();
        Assert.Equal(sequences.Order(), sequences); // ordered by sequence, as Elsa
        var unfiltered = await (await api.Manager.PostAsJsonAsync($"/elsa/api/workflow-instances/{id}/journal?skip=0&take=110", new { filter = new { } }))
            .Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(Enumerable.Range(0, (int)unfiltered!["totalCount"]!).Select(i => (long)i),
            unfiltered["items"]!.AsArray().Select(e => (long)e!["sequence"]!)); // from 0, no gaps
        Assert.Contains(entries, e => (string?)e!["nodeId"] == "Workflow1:flow1:wait1" && (string?)e["eventName"] == "Suspended");
        Assert.DoesNotContain(entries, e => (string?)e!["activityType"] == "Elsa.Flowchart");
        Assert.Equal(entries.Count, (int)journal["totalCount"]!);

        var report = await (await api.Manager.PostAsJsonAsync("/elsa/api/activity-executions/report",
            new { workflowInstanceId = id, activityNodeIds = new[] { "Workflow1:flow1:start1", "Workflow1:flow1:wait1" } })).Content.ReadFromJsonAsync<JsonObject>();
        var stats = report!["stats"]!.AsArray().ToDictionary(s => (string)s!["activityId"]!);
        Assert.Equal(1, (int)stats["start1"]!["completedCount"]!);
        Assert.True((bool)stats["wait1"]!["isBlocked"]!);
        Assert.Equal(1, (int)stats["wait1"]!["uncompletedCount"]!);

        var records = await api.Manager.GetJsonAsync($"/elsa/api/activity-executions/list?WorkflowInstanceId={id}&ActivityNodeId=Workflow1:flow1:wait1");
        var record = records["items"]![0]!;
        Assert.Equal("Running", (string?)record["status"]);
        Assert.Equal("Go", (string?)record["activityState"]!["eventName"]);
        var byId = await api.Manager.GetJsonAsync($"/elsa/api/activity-executions/by-id?id={record["id"]}");
        Assert.Equal((string?)record["id"], (string?)byId["id"]);

        var execution = await api.Manager.GetJsonAsync($"/elsa/api/workflow-instances/{id}/execution-state");
        Assert.Equal("Suspended", (string?)execution["subStatus"]);
        Assert.Equal("Suspended", (string?)execution["workflowSubStatus"]);
    }

    [Fact]
    public async Task The_list_pages_instances_and_cancel_and_delete_follow_the_rules()
    {
        await api.SaveAsync("list-i", publish: false, waits: true);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
            ids.Add((await api.Manager.PostAsync("/elsa/api/workflow-definitions/list-i/execute", RunButtonBody)).Headers.GetValues("x-elsa-workflow-instance-id").Single());

        var page = await (await api.Manager.PostAsJsonAsync("/elsa/api/workflow-instances",
            JsonNode.Parse("""{"page":0,"pageSize":2,"searchTerm":"","definitionId":"list-i","definitionIds":[],"isSystem":false,"statuses":[],"subStatuses":[],"orderBy":null,"orderDirection":"Ascending","timestampFilters":[]}""")))
            .Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(3, (int)page!["totalCount"]!);
        Assert.Equal(2, page["items"]!.AsArray().Count);

        // Deleting a running instance is refused (a case would lose its workflow); cancel first, then delete.
        var refused = await api.Manager.PostAsJsonAsync("/elsa/api/bulk-actions/delete/workflow-instances/by-id", new { ids });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var cancelOne = await api.Manager.PostAsync($"/elsa/api/cancel/workflow-instances/{ids[0]}", null);
        var cancelRest = await (await api.Manager.PostAsJsonAsync("/elsa/api/bulk-actions/cancel/workflow-instances", new { ids })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.OK, cancelOne.StatusCode);
        Assert.Equal(2, (int)cancelRest!["cancelled"]!);
        var deleted = await (await api.Manager.PostAsJsonAsync("/elsa/api/bulk-actions/delete/workflow-instances/by-id", new { ids })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(3, (int)deleted!["deleted"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Manager.GetAsync($"/elsa/api/workflow-instances/{ids[0]}")).StatusCode);
    }

    [Fact]
    public async Task A_supervisor_may_not_run_or_cancel_nor_see_an_instance_outside_their_offices_cases()
    {
        await api.SaveAsync("look-a", publish: true, waits: true);
        var id = (await api.Manager.PostAsync("/elsa/api/workflow-definitions/look-a/execute", RunButtonBody)).Headers.GetValues("x-elsa-workflow-instance-id").Single();

        // A manager's run belongs to no case, so to no office: supervisors see their own office's cases' instances only
        // (InstanceScopeTests shows the ones they do see).
        Assert.Equal(HttpStatusCode.NotFound, (await api.Supervisor.GetAsync($"/elsa/api/workflow-instances/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Supervisor.PostAsync("/elsa/api/workflow-definitions/look-a/execute", RunButtonBody)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Supervisor.PostAsync($"/elsa/api/cancel/workflow-instances/{id}", null)).StatusCode);
        Assert.Equal("Running", (string?)(await api.Manager.GetJsonAsync($"/elsa/api/workflow-instances/{id}"))["status"]);
    }

    [Fact]
    public async Task Events_resume_waiting_instances_and_an_event_nobody_waits_for_is_refused()
    {
        await api.SaveAsync("event-a", publish: true, waits: true);
        var id = (await api.Automation.PostAsync("/elsa/api/workflow-definitions/event-a/execute", JsonContent.Create(new { }))).Headers.GetValues("x-elsa-workflow-instance-id").Single();

        var delivered = await api.Automation.PostAsJsonAsync("/elsa/api/events/Go/trigger", new { workflowInstanceId = id });
        var nobody = await api.Automation.PostAsJsonAsync("/elsa/api/events/Go/trigger", new { workflowInstanceId = id });

        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.Equal("Finished", (string?)(await api.Manager.GetJsonAsync($"/elsa/api/workflow-instances/{id}"))["status"]);
        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
    }
}
