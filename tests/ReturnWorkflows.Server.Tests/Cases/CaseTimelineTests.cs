using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// A case's timeline, newest first: the case opened, its phase started, tasks opened and completed, changes named by
/// section and field (never their values), notes; the protection section's changes only for those who may read it.
/// </summary>
public sealed class CaseTimelineTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task The_timeline_tells_the_cases_history_and_keeps_protection_findings_from_a_counsellor(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Timeline");
        var counsellor = await env.AsAsync("counsellor");
        var review = await env.InDatabaseAsync(db => db.HumanTasks.SingleAsync(t => t.CaseId == caseId && t.Status == HumanTaskStatus.Open));

        env.Clock.Advance(TimeSpan.FromMinutes(2));
        var completed = await counsellor.PostAsJsonAsync($"/api/tasks/{review.Id}/complete",
            new JsonObject { ["outcome"] = "Complete", ["form"] = new JsonObject { ["note"] = "Checked." } });
        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync());
        env.Clock.Advance(TimeSpan.FromMinutes(2));
        var found = await counsellor.GetJsonAsync($"/api/cases/{caseId}");
        var principal = (string)found["persons"]![0]!["id"]!;
        var recorded = await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/persons/{principal}/vulnerabilities",
            new JsonObject { ["version"] = (int)found["version"]!, ["kind"] = "SuspectedVictimOfTrafficking", ["findings"] = "CANARY-TIMELINE-1" });
        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        env.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Created, (await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/notes", new { text = "Asked for more time" })).StatusCode);

        var answer = await counsellor.GetAsync($"/api/cases/{caseId}/timeline");
        var body = await answer.Content.ReadAsStringAsync();
        Assert.DoesNotContain("CANARY-TIMELINE-1", body);
        var timeline = JsonNode.Parse(body)!.AsArray();
        var kinds = timeline.Select(e => ((string)e!["kind"]!, (string?)e["title"])).ToList();
        // Newest first; the counselling task opened in the same commit as the review's completion.
        Assert.Equal(("Note", "Asked for more time"), kinds[0]);
        Assert.Equal(("CaseOpened", null), kinds[^1]);
        Assert.Single(kinds, k => k.Item1 == "CaseOpened");
        Assert.Contains(kinds, k => k.Item1 == "PhaseStarted" && k.Item2!.StartsWith("Counselling and eligibility (v", StringComparison.Ordinal));
        Assert.Contains(("TaskOpened", "Intake review"), kinds);
        Assert.Contains(("TaskOpened", "Counselling session"), kinds);
        var done = Assert.Single(timeline, e => (string?)e!["kind"] == "TaskCompleted")!;
        Assert.Equal(("Intake review", "counsellor", "Complete"), ((string?)done["title"], (string?)done["actor"], (string?)done["outcome"]));
        Assert.Contains(timeline, e => (string?)e!["kind"] == "Changed" && (string?)e["section"] == "counselling");
        Assert.DoesNotContain(timeline, e => (string?)e!["section"] == "protection");
        Assert.True(timeline.Select(e => (DateTime)e!["at"]!).SequenceEqual(timeline.Select(e => (DateTime)e!["at"]!).OrderByDescending(a => a)), "newest first");

        // A protection officer sees that the protection section changed, by whom, and which field: not the finding.
        var protection = await env.AsAsync("protection");
        var theirs = await protection.GetStringAsync($"/api/cases/{caseId}/timeline");
        Assert.DoesNotContain("CANARY-TIMELINE-1", theirs);
        var change = Assert.Single(JsonNode.Parse(theirs)!.AsArray(), e => (string?)e!["section"] == "protection")!;
        Assert.Equal(("Changed", "counsellor"), ((string?)change["kind"], (string?)change["actor"]));
        Assert.DoesNotContain(change["fields"]!.AsArray(), f => ((string)f!).Contains('['));

        Assert.True(await env.InDatabaseAsync(db => db.CaseAudit.AnyAsync(a => a.CaseId == caseId && a.Section == "timeline" && a.Actor == "counsellor")),
            "reading the timeline is audited");
    }
}
