using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Runtime.Timers;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// The lost-contact watch with the clock skipped, on both providers: a contact that reached the family moves the
/// watch on; a period without one makes the "Lost contact: propose closure" task, whose answer proposes closing the
/// case as lost contact (a manager is told) and which cannot claim "Contact restored" without a logged contact.
/// </summary>
public sealed class LostContactTests
{
    private const string WorkflowId = "lost-contact-watch-test";

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Ten_days_without_reaching_anyone_make_a_task_that_proposes_closure_as_lost_contact(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        await PublishWatchAsync(env);
        var caseId = await env.OpenFamilyAsync("Unreachable");
        var principal = (string)(await (await env.AsAsync("counsellor")).GetJsonAsync($"/api/cases/{caseId}"))["persons"]![0]!["id"]!;

        // Day 6: a call reaches them. Day 12: the watch wakes (due on day 10), finds the call and sleeps until day 16.
        env.Clock.Advance(TimeSpan.FromDays(6));
        var counsellor = await env.Server.WithAccessTokenAsync("counsellor"); // a token of the moved clock
        var call = await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/persons/{principal}/contacts",
            new { contactedAt = env.Clock.GetUtcNow(), channel = "Phone", reached = true, note = (string?)null });
        Assert.Equal(HttpStatusCode.Created, call.StatusCode);
        // An unanswered call is no contact.
        env.Clock.Advance(TimeSpan.FromDays(3));
        counsellor = await env.Server.WithAccessTokenAsync("counsellor");
        await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/persons/{principal}/contacts",
            new { contactedAt = env.Clock.GetUtcNow(), channel = "Phone", reached = false, note = (string?)null });
        env.Clock.Advance(TimeSpan.FromDays(3));
        await DrainAsync(env);
        Assert.Null(await ReviewTaskAsync(env, caseId));
        var wake = await env.InDatabaseAsync(db => db.Bookmarks.SingleAsync(b => b.Name == "ReturnWorkflows.Cases.LostContactWatch"));
        Assert.Equal(env.Clock.GetUtcNow().UtcDateTime.AddDays(4), wake.DueAt!.Value, TimeSpan.FromSeconds(5));

        // Day 17: nobody reached for 11 days.
        env.Clock.Advance(TimeSpan.FromDays(5));
        await DrainAsync(env);
        var task = await ReviewTaskAsync(env, caseId) ?? throw new Xunit.Sdk.XunitException("no lost-contact task");
        Assert.Equal(("Counsellor", "BA-SJJ"), (task.CandidateRole, task.CandidateOffice));

        counsellor = await env.Server.WithAccessTokenAsync("counsellor");
        var restored = await counsellor.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { outcome = "Contact restored", form = new JsonObject() });
        Assert.Equal(HttpStatusCode.BadRequest, restored.StatusCode);
        Assert.Contains("log it on the case page first", await restored.Content.ReadAsStringAsync());

        var proposed = await counsellor.PostAsJsonAsync($"/api/tasks/{task.Id}/complete",
            new { outcome = "Propose closure", form = new JsonObject { ["note"] = "Three calls, one visit, nobody there." } });
        Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        var closure = (await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["closure"]!["proposal"]!;
        Assert.Equal(("LostContactBeforeDeparture", "counsellor", "Three calls, one visit, nobody there."),
            ((string?)closure["reason"], (string?)closure["proposedBy"], (string?)closure["note"]));
        var manager = await env.Server.WithAccessTokenAsync("manager");
        Assert.Contains((await manager.GetJsonAsync("/api/notifications?unread=true"))["items"]!.AsArray(),
            n => ((string?)n!["title"])!.StartsWith("Closure proposed"));
        // Back on the watch, which leaves a pending closure to the manager: no second task at once.
        await DrainAsync(env);
        Assert.Null(await ReviewTaskAsync(env, caseId));
        Assert.Single(await env.InDatabaseAsync(db => db.Bookmarks.Where(b => b.Name == "ReturnWorkflows.Cases.LostContactWatch").ToListAsync()));
    }

    private static Task<HumanTask?> ReviewTaskAsync(ClockedCaseServer env, string caseId) =>
        env.InDatabaseAsync(db => db.HumanTasks.SingleOrDefaultAsync(t => t.CaseId == caseId && t.Status == HumanTaskStatus.Open
                                                                         && t.FormKey == "case.lost-contact-review"));

    private static async Task DrainAsync(ClockedCaseServer env)
    {
        await using var scope = env.Server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TimerDrain>().DrainAsync(CancellationToken.None);
    }

    /// <summary>Start → watch (10 days) → review, both outcomes back to the watch; the demo programme starts it for new cases.</summary>
    private static async Task PublishWatchAsync(ClockedCaseServer env)
    {
        JsonObject Literal(string value) => new() { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
        JsonObject Connect(string from, string port, string to) => new()
        {
            ["source"] = new JsonObject { ["activity"] = from, ["port"] = port }, ["target"] = new JsonObject { ["activity"] = to, ["port"] = "In" },
        };
        var model = new JsonObject
        {
            ["definitionId"] = WorkflowId, ["name"] = WorkflowId,
            ["root"] = new JsonObject
            {
                ["id"] = "flow", ["type"] = "Elsa.Flowchart", ["version"] = 1,
                ["activities"] = new JsonArray(
                    new JsonObject { ["id"] = "start", ["type"] = "Elsa.Start", ["version"] = 1 },
                    new JsonObject { ["id"] = "watch", ["type"] = "ReturnWorkflows.Cases.LostContactWatch", ["version"] = 1, ["after"] = Literal("+10 days") },
                    new JsonObject { ["id"] = "review", ["type"] = "ReturnWorkflows.Cases.LostContactReview", ["version"] = 1 }),
                ["connections"] = new JsonArray(Connect("start", "Done", "watch"), Connect("watch", "Lost contact", "review"),
                    Connect("review", "Propose closure", "watch"), Connect("review", "Contact restored", "watch")),
            },
        };
        var manager = await env.AsAsync("manager");
        (await manager.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = model, ["publish"] = true })).EnsureSuccessStatusCode();
        var admin = await env.AsAsync("admin");
        var programme = (await admin.GetJsonAsync("/api/programmes")).AsArray().Single(p => (string?)p!["id"] == "dk-avrr-wb")!.AsObject();
        programme["lifecycleWorkflowId"] = WorkflowId;
        (await admin.PutAsJsonAsync("/api/programmes/dk-avrr-wb", programme)).EnsureSuccessStatusCode();
    }
}
