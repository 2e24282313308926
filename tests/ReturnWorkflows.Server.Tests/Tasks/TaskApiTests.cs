using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReturnWorkflows.Server.Tests.ElsaApi;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests.Tasks;

/// <summary>
/// The inbox API as counsellors and supervisors use it: who sees which task, claiming, form checks, idempotent
/// completion that moves the case on, and a supervisor's unassign and reassign.
/// </summary>
public sealed class TaskApiTests(ApiServer api) : IClassFixture<ApiServer>, IAsyncLifetime
{
    private HttpClient _counsellor = null!;
    private HttpClient _belgrade = null!;
    private HttpClient _partner = null!;

    public async Task InitializeAsync()
    {
        _counsellor = await api.Server.WithAccessTokenAsync("counsellor");
        _belgrade = await api.Server.WithAccessTokenAsync("counsellor.belgrade");
        _partner = await api.Server.WithAccessTokenAsync("partner");
        var definition = JsonNode.Parse(Workflows.CounsellingDecisionWithForm("BA-SJJ"))!;
        (await api.Manager.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = definition, ["publish"] = true })).EnsureSuccessStatusCode();
    }

    public Task DisposeAsync()
    {
        _counsellor.Dispose();
        _belgrade.Dispose();
        _partner.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Only_the_offices_counsellors_see_an_open_task_with_its_form()
    {
        var taskId = await StartCaseAsync();

        var queue = await _counsellor.GetJsonAsync("/api/tasks?view=office");
        var task = queue["items"]!.AsArray().Single(t => (string?)t!["id"] == taskId)!;
        Assert.Equal(("Open", "Record the informed decision"), ((string?)task["status"], (string?)task["title"]));
        Assert.Equal(["Approved", "Rejected"], task["outcomes"]!.AsArray().Select(o => (string)o!));
        Assert.Equal("counselling-session", (string?)task["form"]!["key"]);
        Assert.Contains(task["form"]!["fields"]!.AsArray(), f => (string?)f!["name"] == "sessionDate" && (string?)f["type"] == "Date" && (bool)f["required"]!);

        Assert.DoesNotContain((await _belgrade.GetJsonAsync("/api/tasks?view=office"))["items"]!.AsArray(), t => (string?)t!["id"] == taskId);
        Assert.Equal(HttpStatusCode.NotFound, (await _belgrade.GetAsync($"/api/tasks/{taskId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _partner.GetAsync($"/api/tasks/{taskId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _belgrade.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode);
        var form = await _counsellor.GetJsonAsync("/api/forms/counselling-session");
        Assert.Equal(task["form"]!.ToJsonString(), form.ToJsonString());
        Assert.Equal(HttpStatusCode.NotFound, (await _counsellor.GetAsync("/api/forms/no-such-form")).StatusCode);
        var badView = await _counsellor.GetAsync("/api/tasks?view=everything");
        Assert.Equal(HttpStatusCode.BadRequest, badView.StatusCode);
        Assert.NotNull((await badView.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["view"]);
    }

    [Fact]
    public async Task A_completion_with_bad_form_data_names_each_field_and_changes_nothing()
    {
        var taskId = await StartCaseAsync();
        (await _counsellor.PostAsync($"/api/tasks/{taskId}/claim", null)).EnsureSuccessStatusCode();

        var refused = await _counsellor.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new
        {
            outcome = "Approved",
            form = new { sessionDate = "21/11/2026", language = "Urdu", alternativesExplained = "yes", extra = 1 },
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["form.alternativesExplained", "form.extra", "form.rightToWithdrawExplained", "form.sessionDate"], errors.Select(e => e.Key).Order());
        Assert.Contains("yyyy-MM-dd", (string?)errors["form.sessionDate"]![0]);
        var task = await _counsellor.GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Equal(("Assigned", "counsellor"), ((string?)task["status"], (string?)task["assignee"]));
        Assert.Equal("Suspended", (string?)(await api.Manager.GetJsonAsync($"/elsa/api/workflow-instances/{task["workflowInstanceId"]}"))["subStatus"]);

        // Consent evidence: a required tick box sent as false is refused like a missing one.
        var unticked = await _counsellor.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new
        {
            outcome = "Approved",
            form = new { sessionDate = "2026-11-21", language = "Urdu", alternativesExplained = true, rightToWithdrawExplained = false },
        });
        Assert.Equal(HttpStatusCode.BadRequest, unticked.StatusCode);
        var untickedErrors = (await unticked.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal("Right to withdraw explained must be ticked.", (string?)Assert.Single(untickedErrors).Value![0]);
        Assert.Equal("form.rightToWithdrawExplained", untickedErrors.Single().Key);

        var wrongOutcome = await _counsellor.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Maybe", form = ValidForm() });
        Assert.Equal(HttpStatusCode.BadRequest, wrongOutcome.StatusCode);
        Assert.Contains("Approved, Rejected", (string?)(await wrongOutcome.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["outcome"]![0]);
    }

    [Fact]
    public async Task Completing_moves_the_case_on_once_and_a_retry_with_the_same_key_gets_the_same_answer()
    {
        var taskId = await StartCaseAsync();
        (await _counsellor.PostAsync($"/api/tasks/{taskId}/claim", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Conflict, (await _counsellor.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode); // no longer open

        var first = await CompleteAsync(taskId, "key-1");
        var retry = await CompleteAsync(taskId, "key-1");
        var another = await CompleteAsync(taskId, "key-2");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var answer = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("Approved", "Finished"), ((string?)answer["outcome"], (string?)answer["workflowSubStatus"]));
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(answer.ToJsonString(), (await retry.Content.ReadFromJsonAsync<JsonObject>())!.ToJsonString());
        Assert.Equal(HttpStatusCode.Conflict, another.StatusCode);
        var journal = await api.Manager.GetJsonAsync($"/elsa/api/workflow-instances/{answer["workflowInstanceId"]}/journal?page=0&pageSize=100");
        Assert.Single(journal["items"]!.AsArray(), e => (string?)e!["activityId"] == "approved" && (string?)e["eventName"] == "Completed");
        var done = await _counsellor.GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Equal(("Completed", "counsellor", "Approved"), ((string?)done["status"], (string?)done["completedBy"], (string?)done["outcome"]));
    }

    [Fact]
    public async Task A_supervisor_unassigns_and_reassigns_within_the_office_and_a_counsellor_cannot()
    {
        var taskId = await StartCaseAsync();
        (await _counsellor.PostAsync($"/api/tasks/{taskId}/claim", null)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Forbidden, (await _counsellor.PostAsync($"/api/tasks/{taskId}/unassign", null)).StatusCode);
        var unassigned = await api.Supervisor.PostAsync($"/api/tasks/{taskId}/unassign", null);
        var elsewhere = await api.Supervisor.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { assignee = "counsellor.belgrade" });
        var noName = await api.Supervisor.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { assignee = 42 });
        var reassigned = await api.Supervisor.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { assignee = "counsellor" });

        Assert.Equal("Open", (string?)(await unassigned.Content.ReadFromJsonAsync<JsonObject>())!["status"]);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Contains("BA-SJJ", (string?)(await elsewhere.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["assignee"]![0]);
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        var moved = (await reassigned.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("Assigned", "counsellor", "supervisor"), ((string?)moved["status"], (string?)moved["assignee"], (string?)moved["reassignedBy"]));
        Assert.Contains((await _counsellor.GetJsonAsync("/api/tasks?view=mine"))["items"]!.AsArray(), t => (string?)t!["id"] == taskId);
    }

    private async Task<string> StartCaseAsync()
    {
        var started = await api.Automation.PostAsJsonAsync("/elsa/api/workflow-definitions/counselling-decision/execute", new { });
        started.EnsureSuccessStatusCode();
        var instanceId = started.Headers.GetValues("x-elsa-workflow-instance-id").Single();
        var queue = await _counsellor.GetJsonAsync("/api/tasks?view=office&pageSize=200");
        return (string)queue["items"]!.AsArray().Single(t => (string?)t!["workflowInstanceId"] == instanceId)!["id"]!;
    }

    private Task<HttpResponseMessage> CompleteAsync(string taskId, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{taskId}/complete")
        {
            Content = JsonContent.Create(new { outcome = "Approved", form = ValidForm() }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return _counsellor.SendAsync(request);
    }

    private static object ValidForm() => new
    {
        sessionDate = "2026-11-21", language = "Urdu", alternativesExplained = true, rightToWithdrawExplained = true,
    };
}
