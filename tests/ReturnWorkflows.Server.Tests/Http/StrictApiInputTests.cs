using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Notifications;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Tests.ElsaApi;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests.Http;

/// <summary>
/// Our own API reads bodies strictly (one convention, <c>ApiBody</c>): each way a client can send something other
/// than what it meant is refused naming the field, and the task it aimed at is left as it was.
/// </summary>
public sealed class StrictApiInputTests(ApiServer api) : IClassFixture<ApiServer>, IAsyncLifetime
{
    private HttpClient _counsellor = null!;

    public async Task InitializeAsync()
    {
        _counsellor = await api.Server.WithAccessTokenAsync("counsellor");
        var definition = JsonNode.Parse(Workflows.CounsellingDecisionWithForm("BA-SJJ"))!;
        (await api.Manager.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = definition, ["publish"] = true })).EnsureSuccessStatusCode();
    }

    public Task DisposeAsync()
    {
        _counsellor.Dispose();
        return Task.CompletedTask;
    }

    private const string ValidForm = """{"sessionDate":"2026-11-21","language":"Urdu","alternativesExplained":true,"rightToWithdrawExplained":true}""";

    [Fact]
    public async Task An_unknown_field_is_refused_by_name_and_the_task_is_not_completed()
    {
        var taskId = await OpenTaskAsync();

        var answer = await CompleteAsync(taskId, $$"""{"outcome":"Approved","form":{{ValidForm}},"bogus":1,"comment":"x"}""");

        var errors = await ErrorsAsync(answer, HttpStatusCode.BadRequest);
        Assert.Equal(["bogus", "comment"], errors.Select(e => e.Key).Order());
        Assert.Contains("'bogus' is not a field of this request", (string?)errors["bogus"]![0]);
        await AssertStillOpenAsync(taskId);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_as_unsupported()
    {
        var taskId = await OpenTaskAsync();

        var answer = await _counsellor.PostAsync($"/api/tasks/{taskId}/complete",
            new StringContent($$"""{"outcome":"Approved","form":{{ValidForm}}}""", Encoding.UTF8, "text/plain"));

        var errors = await ErrorsAsync(answer, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", (string?)errors["Content-Type"]![0]);
        await AssertStillOpenAsync(taskId);
    }

    [Theory]
    [InlineData("""{"outcome":"Approved","outcome":"Declined","form":FORM}""", "outcome")]
    [InlineData("""{"outcome":"Approved","form":{"sessionDate":"2026-11-21","language":"Urdu","language":"Pashto"}}""", "form.language")]
    [InlineData("""{"Outcome":"Approved","outcome":"Declined"}""", "outcome")]
    public async Task A_key_given_twice_is_refused_by_name(string body, string field)
    {
        var taskId = await OpenTaskAsync();

        var errors = await ErrorsAsync(await CompleteAsync(taskId, body.Replace("FORM", ValidForm)), HttpStatusCode.BadRequest);

        Assert.Equal($"'{field}' is given more than once.", (string?)errors[field]![0]);
        await AssertStillOpenAsync(taskId);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_refused_by_name()
    {
        var taskId = await OpenTaskAsync();

        var errors = await ErrorsAsync(await CompleteAsync(taskId, """{"outcome":5,"form":{}}"""), HttpStatusCode.BadRequest);

        Assert.Equal("'outcome' does not have a value of the right type. It must be text.", (string?)errors["outcome"]![0]);
        await AssertStillOpenAsync(taskId);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_as_too_large_with_or_without_a_length()
    {
        var taskId = await OpenTaskAsync();
        var huge = NotesOf(50 * 1024 * 1024);

        var withLength = await CompleteAsync(taskId, huge);
        var chunked = await _counsellor.PostAsync($"/api/tasks/{taskId}/complete", Chunked(NotesOf(2 * 1024 * 1024)));

        Assert.Contains("larger than 1024 KB", (string?)(await ErrorsAsync(withLength, HttpStatusCode.RequestEntityTooLarge))["body"]![0]);
        await ErrorsAsync(chunked, HttpStatusCode.RequestEntityTooLarge);
        await AssertStillOpenAsync(taskId);
    }

    [Fact]
    public async Task Marking_notices_read_takes_a_bounded_list()
    {
        await using (var scope = api.Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
            db.Notifications.Add(new Notification
            {
                Id = "strict-n1", UserName = "counsellor", Kind = NotificationKind.TaskOverdue, Title = "Task overdue", Link = "/inbox", CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        var tooMany = Enumerable.Range(0, 33_000).Select(i => $"n{i}").ToArray();
        var most = Enumerable.Range(0, 499).Select(i => $"n{i}").Append("strict-n1").ToArray();

        var refused = await _counsellor.PostAsJsonAsync("/api/notifications/read", new { ids = tooMany });
        var marked = await _counsellor.PostAsJsonAsync("/api/notifications/read", new { ids = most });

        Assert.Contains("at most 500", (string?)(await ErrorsAsync(refused, HttpStatusCode.BadRequest))["ids"]![0]);
        Assert.Equal(1, (int)(await marked.Content.ReadFromJsonAsync<JsonObject>())!["marked"]!);
    }

    private async Task<string> OpenTaskAsync()
    {
        var started = await api.Automation.PostAsJsonAsync("/elsa/api/workflow-definitions/counselling-decision/execute", new { });
        started.EnsureSuccessStatusCode();
        var instanceId = started.Headers.GetValues("x-elsa-workflow-instance-id").Single();
        var queue = await _counsellor.GetJsonAsync("/api/tasks?view=office&pageSize=200");
        var taskId = (string)queue["items"]!.AsArray().Single(t => (string?)t!["workflowInstanceId"] == instanceId)!["id"]!;
        (await _counsellor.PostAsync($"/api/tasks/{taskId}/claim", null)).EnsureSuccessStatusCode();
        return taskId;
    }

    private Task<HttpResponseMessage> CompleteAsync(string taskId, string json) =>
        _counsellor.PostAsync($"/api/tasks/{taskId}/complete", new StringContent(json, Encoding.UTF8, "application/json"));

    private static string NotesOf(int length) => "{\"outcome\":\"Approved\",\"form\":{\"notes\":\"" + new string('x', length) + "\"}}";

    private static HttpContent Chunked(string json)
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json");
        return content; // no Content-Length: sent in chunks
    }

    private static async Task<JsonObject> ErrorsAsync(HttpResponseMessage answer, HttpStatusCode expected)
    {
        Assert.Equal(expected, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        return (await answer.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
    }

    private async Task AssertStillOpenAsync(string taskId)
    {
        var task = await _counsellor.GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Equal(("Assigned", null), ((string?)task["status"], (string?)task["outcome"]));
    }
}
