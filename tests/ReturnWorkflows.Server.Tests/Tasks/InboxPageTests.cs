using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReturnWorkflows.Server.Tests.ElsaApi;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests.Tasks;

/// <summary>
/// The inbox pages a counsellor works from in the browser (cookie, forms, anti-forgery): the office's queue, taking a
/// task, a refused completion that keeps what was typed and changes nothing, a completion that moves the case on.
/// </summary>
public sealed partial class InboxPageTests(ApiServer api) : IClassFixture<ApiServer>, IAsyncLifetime
{
    private HttpClient _counsellor = null!;

    public async Task InitializeAsync()
    {
        _counsellor = await api.Server.SignedInAsync("counsellor");
        var definition = JsonNode.Parse(Workflows.CounsellingDecisionWithForm("BA-SJJ"))!;
        (await api.Manager.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = definition, ["publish"] = true })).EnsureSuccessStatusCode();
    }

    public Task DisposeAsync()
    {
        _counsellor.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_counsellor_takes_a_task_from_the_office_queue_and_completes_it_with_its_form()
    {
        var instanceId = await StartCaseAsync();
        var taskId = await OfficeTaskOfAsync(instanceId);

        var page = await _counsellor.GetStringAsync($"/inbox/{taskId}");
        Assert.Contains("Record the informed decision", page);
        Assert.Contains("Take this task", page);
        Assert.Contains("name=\"form.sessionDate\"", page); // the counselling-session form, field by field
        Assert.DoesNotContain("is-invalid", page); // nothing is marked wrong before anything was sent
        var claimed = await PostAsync(taskId, "Claim", []);
        Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
        Assert.Contains("The task is yours.", await _counsellor.GetStringAsync($"/inbox/{taskId}"));
        Assert.Contains($"/inbox/{taskId}", await _counsellor.GetStringAsync("/inbox")); // now under "Mine"

        var completed = await PostAsync(taskId, "Complete", new()
        {
            ["outcome"] = "Approved", ["completionKey"] = "k1", ["form.sessionDate"] = "2026-11-21", ["form.language"] = "Urdu",
            ["form.alternativesExplained"] = "true", ["form.rightToWithdrawExplained"] = "true", ["form.notes"] = "Wants to return before winter.",
        });

        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        var done = await TaskOf(taskId);
        Assert.Equal(("Completed", "Approved", "counsellor"), ((string?)done["status"], (string?)done["outcome"], (string?)done["completedBy"]));
        var instance = await api.Manager.GetJsonAsync($"/elsa/api/workflow-instances/{instanceId}");
        Assert.Equal("Finished", (string?)instance["subStatus"]);
        Assert.Contains("Completed: Approved.", await _counsellor.GetStringAsync($"/inbox/{taskId}"));
    }

    [Fact]
    public async Task A_refused_completion_names_the_field_keeps_what_was_typed_and_changes_nothing()
    {
        var instanceId = await StartCaseAsync();
        var taskId = await OfficeTaskOfAsync(instanceId);

        var refused = await PostAsync(taskId, "Complete", new()
        {
            ["outcome"] = "Approved", ["completionKey"] = "k2", ["form.language"] = "Pashto", ["form.sessionDate"] = "21/11/2026",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Nothing was saved: correct the fields marked below.", html);
        Assert.Contains("<div class=\"invalid-feedback d-block\" id=\"form.sessionDate-error\">Session date must be a date written yyyy-MM-dd.</div>", html);
        Assert.Matches("<input [^>]*id=\"form.sessionDate\"[^>]*aria-describedby=\"form.sessionDate-error\" aria-invalid=\"true\"", html);
        Assert.Contains("value=\"Pashto\"", html);
        // The tick boxes were left empty: required ones must be ticked.
        Assert.Contains("<div class=\"invalid-feedback d-block\" id=\"form.rightToWithdrawExplained-error\">Right to withdraw explained must be ticked.</div>", html);
        Assert.Contains("value=\"k2\"", html); // pressing again is still the same completion
        Assert.Equal("Open", (string?)(await TaskOf(taskId))["status"]);
        Assert.Equal("Suspended", (string?)(await api.Manager.GetJsonAsync($"/elsa/api/workflow-instances/{instanceId}"))["subStatus"]);
    }

    [Fact]
    public async Task A_supervisor_gives_the_task_to_a_counsellor_of_the_office_and_not_to_one_elsewhere()
    {
        var taskId = await OfficeTaskOfAsync(await StartCaseAsync());
        using var supervisor = await api.Server.SignedInAsync("supervisor");
        Assert.Contains("Give to", await supervisor.GetStringAsync($"/inbox/{taskId}"));
        Assert.DoesNotContain("Give to", await _counsellor.GetStringAsync($"/inbox/{taskId}"));

        var elsewhere = await PostAsync(supervisor, taskId, "Reassign", new() { ["assignee"] = "counsellor.belgrade" });
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Contains("does not work for the task&#x27;s office BA-SJJ", await elsewhere.Content.ReadAsStringAsync());
        Assert.Equal("Open", (string?)(await TaskOf(taskId))["status"]);

        var given = await PostAsync(supervisor, taskId, "Reassign", new() { ["assignee"] = "counsellor" });
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        var moved = await TaskOf(taskId);
        Assert.Equal(("Assigned", "counsellor", "supervisor"), ((string?)moved["status"], (string?)moved["assignee"], (string?)moved["reassignedBy"]));
        Assert.Contains($"/inbox/{taskId}", await _counsellor.GetStringAsync("/inbox?view=mine"));
    }

    [Fact]
    public async Task Another_offices_counsellor_and_a_partner_are_not_shown_the_task()
    {
        var instanceId = await StartCaseAsync();
        var taskId = await OfficeTaskOfAsync(instanceId);
        using var belgrade = await api.Server.SignedInAsync("counsellor.belgrade");
        using var partner = await api.Server.SignedInAsync("partner");

        Assert.DoesNotContain(taskId, await belgrade.GetStringAsync("/inbox?view=office"));
        Assert.Equal(HttpStatusCode.NotFound, (await belgrade.GetAsync($"/inbox/{taskId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/inbox/{taskId}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _counsellor.GetAsync("/inbox?view=everything")).StatusCode);
        using var nobody = api.Server.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await nobody.GetAsync($"/inbox/{taskId}")).StatusCode); // to the sign-in page
    }

    private async Task<string> StartCaseAsync()
    {
        var started = await api.Automation.PostAsJsonAsync("/elsa/api/workflow-definitions/counselling-decision/execute", new { });
        started.EnsureSuccessStatusCode();
        return started.Headers.GetValues("x-elsa-workflow-instance-id").Single();
    }

    /// <summary>The task of the case as the counsellor's office queue page links it.</summary>
    private async Task<string> OfficeTaskOfAsync(string instanceId)
    {
        var queue = await _counsellor.GetStringAsync("/inbox?view=office");
        foreach (var id in TaskLink().Matches(queue).Select(m => m.Groups[1].Value).Distinct())
            if ((string?)(await TaskOf(id))["workflowInstanceId"] == instanceId) return id;
        throw new Xunit.Sdk.XunitException($"The office queue links no task of case {instanceId}.");
    }

    private Task<JsonNode> TaskOf(string taskId) => api.Supervisor.GetJsonAsync($"/api/tasks/{taskId}");

    private Task<HttpResponseMessage> PostAsync(string taskId, string handler, Dictionary<string, string> fields) =>
        PostAsync(_counsellor, taskId, handler, fields);

    /// <summary>Presses a button of the task's page, as the signed-in person (with the page's anti-forgery token).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient person, string taskId, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await Browserless.AntiForgeryTokenAsync(person, $"/inbox/{taskId}");
        return await person.PostAsync($"/inbox/{taskId}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("href=\"/inbox/([^\"?]+)\"")]
    private static partial Regex TaskLink();
}
