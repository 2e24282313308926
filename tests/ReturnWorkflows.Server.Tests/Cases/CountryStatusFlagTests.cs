using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// Issue 17 item 1, on both providers: an administrator suspends returns to Pakistan; every open case to Pakistan is
/// flagged "country status changed" (not the closed one, not the case to Afghanistan), audited; the Sarajevo supervisor
/// hears once, in the application and by e-mail; the case list filters on the flag; only a supervisor clears it. A
/// change of the name alone flags nothing.
/// </summary>
public sealed class CountryStatusFlagTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Suspending_a_country_flags_its_open_cases_tells_their_supervisors_and_a_supervisor_clears_the_flag(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var today = DateOnly.FromDateTime(env.Clock.GetUtcNow().UtcDateTime);
        var counsellor = await env.AsAsync("counsellor");
        var admin = await env.AsAsync("admin");
        var supervisor = await env.AsAsync("supervisor");

        var flagged = await env.OpenFamilyAsync("FlagPakistan");
        var elsewhere = await OpenAsync(await env.AsAsync("counsellor.belgrade"), "FlagBelgrade", "PK");
        var afghanistan = await OpenAsync(counsellor, "FlagAfghanistan", "AF");
        var closed = await env.OpenFamilyAsync("FlagClosed");
        await CloseAsync(env, closed);
        var versionBefore = await VersionAsync(counsellor, flagged);

        // A name change alone flags nothing.
        var pakistan = (await admin.GetJsonAsync("/api/countries")).AsArray().Single(c => (string?)c!["code"] == "PK")!;
        (await admin.PutAsJsonAsync("/api/countries/PK", Country("Pakistan (Islamic Republic of)", (string)pakistan["status"]!,
            (string)pakistan["statusEffectiveFrom"]!))).EnsureSuccessStatusCode();
        Assert.Null((await counsellor.GetJsonAsync($"/api/cases/{flagged}"))["countryStatusFlag"]);
        Assert.Equal(versionBefore, await VersionAsync(counsellor, flagged));

        var suspended = await admin.PutAsJsonAsync("/api/countries/PK", Country("Pakistan", "Suspended", today.ToString("yyyy-MM-dd")));
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);

        var flag = (await counsellor.GetJsonAsync($"/api/cases/{flagged}"))["countryStatusFlag"]!;
        Assert.Equal(("Suspended", today.ToString("yyyy-MM-dd")), ((string?)flag["status"], (string?)flag["effectiveFrom"]));
        Assert.Equal(versionBefore + 1, await VersionAsync(counsellor, flagged));
        Assert.NotNull((await (await env.AsAsync("counsellor.belgrade")).GetJsonAsync($"/api/cases/{elsewhere}"))["countryStatusFlag"]);
        Assert.Null((await counsellor.GetJsonAsync($"/api/cases/{afghanistan}"))["countryStatusFlag"]);
        Assert.Null((await counsellor.GetJsonAsync($"/api/cases/{closed}"))["countryStatusFlag"]);
        Assert.Contains(await env.InDatabaseAsync(db => db.CaseAudit.Where(a => a.CaseId == flagged).ToListAsync()),
            a => a.Field == "flags.countryStatusChanged" && a.Actor == "admin" && a.NewValue == $"Suspended from {today:yyyy-MM-dd}");

        // Sarajevo's supervisor hears once, with a link to the flagged cases; nobody else at the office does.
        var notices = await env.InDatabaseAsync(db => db.Notifications.Where(n => n.Link!.Contains("flag=CountryStatusChanged")).ToListAsync());
        var notice = Assert.Single(notices);
        Assert.Equal(("supervisor", "/cases?flag=CountryStatusChanged&country=PK"), (notice.UserName, notice.Link));
        Assert.Contains("1 open case flagged", notice.Title);
        var email = Assert.Single(await env.InDatabaseAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith("Returns to Pakistan")).ToListAsync()));
        Assert.Equal("supervisor@demo.invalid", email.Recipient);
        Assert.DoesNotContain("FlagPakistan", email.Body + email.Subject + notice.Title);

        // The list filters on the flag, within what the viewer may see.
        var listed = (await counsellor.GetJsonAsync("/api/cases?flag=CountryStatusChanged"))["items"]!.AsArray();
        Assert.Equal([flagged], listed.Select(c => (string)c!["id"]!));
        Assert.True((bool)listed[0]!["countryStatusChanged"]!);
        using var page = await env.Server.SignedInAsync("supervisor");
        var list = WebUtility.HtmlDecode(await page.GetStringAsync("/cases?flag=CountryStatusChanged"));
        Assert.Contains("Country status changed", list);
        Assert.DoesNotContain("FlagAfghanistan", list);
        var casePage = WebUtility.HtmlDecode(await page.GetStringAsync($"/cases/{flagged}"));
        Assert.Contains($"Returns to Pakistan are now suspended from {today:yyyy-MM-dd}: look at what this means for the case.", casePage);
        Assert.Contains("Clear the flag: I have looked at it", casePage);

        // Only a supervisor clears it; then it is gone, audited, and there is nothing left to clear.
        var version = await VersionAsync(counsellor, flagged);
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.PostAsJsonAsync($"/api/cases/{flagged}/flags/clearance",
            new JsonObject { ["version"] = version, ["flag"] = "CountryStatusChanged" })).StatusCode);
        var cleared = await supervisor.PostAsJsonAsync($"/api/cases/{flagged}/flags/clearance", new JsonObject { ["version"] = version, ["flag"] = "CountryStatusChanged" });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Null((await counsellor.GetJsonAsync($"/api/cases/{flagged}"))["countryStatusFlag"]);
        Assert.Contains(await env.InDatabaseAsync(db => db.CaseAudit.Where(a => a.CaseId == flagged).ToListAsync()),
            a => a.Field == "flags.countryStatusChanged" && a.Actor == "supervisor" && a.NewValue == "cleared");
        var again = await supervisor.PostAsJsonAsync($"/api/cases/{flagged}/flags/clearance",
            new JsonObject { ["version"] = version + 1, ["flag"] = "CountryStatusChanged" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(["flag"], (await again.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key));
        Assert.Empty((await counsellor.GetJsonAsync("/api/cases?flag=CountryStatusChanged"))["items"]!.AsArray());
    }

    private static JsonObject Country(string name, string status, string from) => new()
    {
        ["name"] = name, ["localName"] = null, ["status"] = status, ["statusEffectiveFrom"] = from,
    };

    private static async Task<string> OpenAsync(HttpClient counsellor, string family, string country)
    {
        var body = CaseBodies.Intake(family);
        body["countryOfReturn"] = country;
        var response = await counsellor.PostAsJsonAsync("/api/cases", body);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Intake: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!;
    }

    private static async Task CloseAsync(ClockedCaseServer env, string caseId)
    {
        var proposed = await (await env.AsAsync("counsellor")).PostAsJsonAsync($"/api/cases/{caseId}/closure",
            new { version = await VersionAsync(await env.AsAsync("counsellor"), caseId), reason = "NoShow" });
        proposed.EnsureSuccessStatusCode();
        var manager = await env.AsAsync("manager");
        (await manager.PostAsJsonAsync($"/api/cases/{caseId}/closure/decision", new { version = await VersionAsync(manager, caseId), approve = true }))
            .EnsureSuccessStatusCode();
    }

    private static async Task<int> VersionAsync(HttpClient client, string caseId) => (int)(await client.GetJsonAsync($"/api/cases/{caseId}"))["version"]!;
}
