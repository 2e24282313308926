using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// Withdrawal and closure through the case API, on both providers: one person drops the return and the case goes on;
/// a closure proposed by a counsellor waits for a programme manager, whose approval closes the case and cancels its
/// workflow (tasks and timers) in the same commit; a closed case reopens with its lifecycle started again.
/// </summary>
public sealed class CaseClosureApiTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_closure_needs_a_managers_approval_and_cancels_the_cases_workflow_and_tasks(string provider)
    {
        await using var server = await ClockedCaseServer.StartAsync(provider);
        var caseId = await server.OpenFamilyAsync("Closing");
        var counsellor = await server.AsAsync("counsellor");
        var manager = await server.AsAsync("manager");
        Assert.NotEmpty(await OpenTasksAsync(server, caseId)); // the lifecycle's first task

        var proposed = await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/closure",
            new { version = await VersionAsync(counsellor, caseId), reason = "LostContactBeforeDeparture", note = "No answer since March" });
        Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        var afterProposal = await counsellor.GetJsonAsync($"/api/cases/{caseId}");
        Assert.Equal("Open", (string?)afterProposal["status"]);
        Assert.Equal(("LostContactBeforeDeparture", "counsellor"),
            ((string?)afterProposal["closure"]!["proposal"]!["reason"], (string?)afterProposal["closure"]!["proposal"]!["proposedBy"]));
        var notices = (await manager.GetJsonAsync("/api/notifications?unread=true"))["items"]!.AsArray();
        Assert.Contains(notices, n => ((string?)n!["title"])!.StartsWith("Closure proposed") && (string?)n["link"] == $"/cases/{caseId}");

        // A counsellor cannot decide, and a stale version changes nothing.
        var version = (int)afterProposal["version"]!;
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/closure/decision", new { version, approve = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/cases/{caseId}/closure/decision", new { version = version - 1, approve = true })).StatusCode);
        Assert.Equal("Open", (string?)(await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["status"]);

        var approved = await manager.PostAsJsonAsync($"/api/cases/{caseId}/closure/decision", new { version, approve = true });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        var closed = await counsellor.GetJsonAsync($"/api/cases/{caseId}");
        Assert.Equal(("Closed", "LostContactBeforeDeparture", "manager"),
            ((string?)closed["status"], (string?)closed["closureReason"], (string?)closed["closure"]!["closedBy"]));
        Assert.Empty(await OpenTasksAsync(server, caseId));
        var instances = await server.InDatabaseAsync(db => db.WorkflowInstances.Where(i => i.CaseId == caseId).ToListAsync());
        Assert.All(instances, i => Assert.Equal(WorkflowSubStatus.Cancelled, i.SubStatus));
        Assert.Empty(await server.InDatabaseAsync(db => db.Bookmarks.Where(b => instances.Select(i => i.Id).Contains(b.WorkflowInstanceId)).ToListAsync()));

        // Reopened by a manager, who says why: open again, and (nothing reached yet) the lifecycle resumes at its first phase.
        var unexplained = await manager.PostAsJsonAsync($"/api/cases/{caseId}/reopening", new { version = (int)closed["version"]!, reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, unexplained.StatusCode);
        Assert.Contains("reason", (await unexplained.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal("Closed", (string?)(await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["status"]);
        var reopened = await manager.PostAsJsonAsync($"/api/cases/{caseId}/reopening", new { version = (int)closed["version"]!, reason = "They came back to the office." });
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Equal("Open", (string?)(await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["status"]);
        Assert.NotEmpty(await OpenTasksAsync(server, caseId));
        Assert.Equal(2, await server.InDatabaseAsync(db => db.WorkflowInstances.CountAsync(i => i.CaseId == caseId)));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task One_person_drops_the_return_and_a_withdrawn_consent_tells_the_supervisors(string provider)
    {
        await using var server = await ClockedCaseServer.StartAsync(provider);
        var caseId = await server.OpenFamilyAsync("Staying");
        var counsellor = await server.AsAsync("counsellor");
        var read = await counsellor.GetJsonAsync($"/api/cases/{caseId}");
        var spouse = (string)read["persons"]![1]!["id"]!;

        // Refused input names the field and changes nothing.
        var refused = await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/persons/{spouse}/withdrawal",
            new { version = (int)read["version"]!, reason = "Bored" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("reason", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key));
        var other = await (await server.AsAsync("counsellor.belgrade")).PostAsJsonAsync($"/api/cases/{caseId}/persons/{spouse}/withdrawal",
            new { version = (int)read["version"]!, reason = "ChangedMind" });
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal((int)read["version"]!, (int)(await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["version"]!);

        var withdrawn = await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/persons/{spouse}/withdrawal",
            new { version = (int)read["version"]!, reason = "FamilyReasons", note = "Stays with his parents" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var after = await counsellor.GetJsonAsync($"/api/cases/{caseId}");
        Assert.Equal("Open", (string?)after["status"]);
        Assert.Equal("FamilyReasons", (string?)after["persons"]![1]!["withdrawal"]!["reason"]);
        Assert.Null(after["persons"]![0]!["withdrawal"]);
        Assert.NotEmpty(await OpenTasksAsync(server, caseId)); // the case's workflow goes on

        var consent = await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/persons/{spouse}/consents", new
        {
            version = (int)after["version"]!,
            consent = new { kind = "DataProcessing", decision = "Withdrawn", method = "Written", language = "Urdu", interpreter = (string?)null, guardian = (string?)null },
        });
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        Assert.NotNull((await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["persons"]![1]!["retentionFlaggedAt"]);
        var notices = (await (await server.AsAsync("supervisor")).GetJsonAsync("/api/notifications?unread=true"))["items"]!.AsArray();
        Assert.Contains(notices, n => (string?)n!["title"] == $"Consent to data processing withdrawn: {(string)read["number"]!}");
        Assert.DoesNotContain(notices, n => ((string?)n!["title"])!.Contains("Staying")); // the notice names no person
    }

    private static async Task<int> VersionAsync(HttpClient client, string caseId) => (int)(await client.GetJsonAsync($"/api/cases/{caseId}"))["version"]!;

    private static Task<List<HumanTask>> OpenTasksAsync(ClockedCaseServer server, string caseId) =>
        server.InDatabaseAsync(db => db.HumanTasks.Where(t => t.CaseId == caseId
            && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Assigned || t.Status == HumanTaskStatus.Escalated)).ToListAsync());
}
