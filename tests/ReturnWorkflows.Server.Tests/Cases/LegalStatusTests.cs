using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using static ReturnWorkflows.Server.Tests.Cases.CaseSteps;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// The legal status in the host country and its voluntary-departure deadline, on both providers: set, extended (each a
/// row, audited), refused input changing nothing, and the case page warning within the host office's days before it.
/// </summary>
public sealed class LegalStatusTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_deadline_is_set_and_extended_and_the_case_page_warns_as_it_nears(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Deadline");
        var today = DateOnly.Parse(Today(env));
        Task<HttpClient> Counsellor() => env.Server.WithAccessTokenAsync("counsellor");
        async Task<int> VersionAsync() => (int)(await (await Counsellor()).GetJsonAsync($"/api/cases/{caseId}"))["version"]!;
        async Task<HttpResponseMessage> RecordAsync(JsonObject body) => await (await Counsellor()).PostAsJsonAsync($"/api/cases/{caseId}/legal-status", body);

        var set = await RecordAsync(new JsonObject
        {
            ["version"] = await VersionAsync(), ["status"] = "ReturnDecision", ["departureDeadline"] = today.AddDays(30).ToString("O"),
            ["deadlineReference"] = "Decision 26-1/445", ["note"] = "Rejected in second instance",
        });
        Assert.True(set.IsSuccessStatusCode, await set.Content.ReadAsStringAsync());

        // Refused, naming the field, nothing changed: no status; a recorded deadline left out.
        var version = await VersionAsync();
        var noStatus = await RecordAsync(new JsonObject { ["version"] = version, ["status"] = "Tourist" });
        Assert.Equal(HttpStatusCode.BadRequest, noStatus.StatusCode);
        Assert.Contains("status", (await noStatus.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key));
        var dropped = await RecordAsync(new JsonObject { ["version"] = version, ["status"] = "ReturnDecision" });
        Assert.Equal(HttpStatusCode.BadRequest, dropped.StatusCode);
        Assert.Contains("departureDeadline", (await dropped.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(version, await VersionAsync());

        // Thirty days on the page warns nothing; with a week left it does.
        using var page = await env.Server.SignedInAsync("counsellor");
        Assert.DoesNotContain("Deadline near", await page.GetStringAsync($"/cases/{caseId}"));
        env.Clock.Advance(TimeSpan.FromDays(23));
        using var later = await env.Server.SignedInAsync("counsellor");
        var warned = System.Net.WebUtility.HtmlDecode(await later.GetStringAsync($"/cases/{caseId}"));
        Assert.Contains("Deadline near", warned);
        Assert.Contains("The voluntary-departure deadline is in 7 days", warned);

        // The authorities extend it by a month: a second row, the first kept.
        var extended = await RecordAsync(new JsonObject
        {
            ["version"] = await VersionAsync(), ["status"] = "ReturnDecision", ["departureDeadline"] = today.AddDays(60).ToString("O"), ["deadlineReference"] = "Extension 26-1/502",
        });
        Assert.True(extended.IsSuccessStatusCode, await extended.Content.ReadAsStringAsync());
        var legal = (await (await Counsellor()).GetJsonAsync($"/api/cases/{caseId}"))["legalStatus"]!;
        Assert.Equal(("ReturnDecision", today.AddDays(60).ToString("O")), ((string?)legal["status"], (string?)legal["departureDeadline"]));
        Assert.Equal([("Set", "Decision 26-1/445"), ("Extended", "Extension 26-1/502")],
            legal["deadlines"]!.AsArray().Select(d => ((string?)d!["change"], (string?)d["reference"])));
        Assert.Equal(2, await env.InDatabaseAsync(db => db.CaseAudit.CountAsync(a => a.CaseId == caseId && a.Field == "departureDeadline")));
        using var after = await env.Server.SignedInAsync("counsellor");
        Assert.DoesNotContain("Deadline near", await after.GetStringAsync($"/cases/{caseId}"));
    }
}
