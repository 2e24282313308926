using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// Need to know for the origin office (issue 17 item 6): the reintegration officer of the office in the country of
/// return sees a case once someone of it consented to the transfer of their data, only those persons, and none of the
/// host office's own sections; before the consent, after its withdrawal, or for another country, the case does not
/// exist for them. They read; they change nothing of the host's.
/// </summary>
public sealed class OriginOfficeAccessTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task The_origin_office_sees_a_case_from_the_transfer_consent_on_without_the_host_offices_sections(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Transferred");
        var counsellor = await env.AsAsync("counsellor");
        var origin = await env.AsAsync("reintegration"); // PK-ISB, Islamabad: receives returnees to Pakistan
        var canary = "CANARY-ORIGIN-NOTE";
        (await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/notes", new { text = canary })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NotFound, (await origin.GetAsync($"/api/cases/{caseId}")).StatusCode);
        Assert.DoesNotContain(await ListedAsync(origin), id => id == caseId);

        var found = await counsellor.GetJsonAsync($"/api/cases/{caseId}");
        var principal = (string)found["persons"]![0]!["id"]!;
        var spouse = (string)found["persons"]![1]!["id"]!;
        // The spouse consents first: the list row names and counts only them, not the principal who has not.
        await ConsentAsync(counsellor, caseId, spouse, (int)found["version"]!, "Given");
        var row = Assert.Single((await origin.GetJsonAsync("/api/cases?pageSize=100"))["items"]!.AsArray(), c => (string?)c!["id"] == caseId)!;
        Assert.Equal(("Tariq Transferred", 1), ((string?)row["principalName"], (int)row["personCount"]!));
        Assert.DoesNotContain("Amina", row.ToJsonString());
        // Nor is the case found by the name of the principal, who has not consented; the host office still finds it so.
        Assert.DoesNotContain(await ListedAsync(origin, "Amina"), id => id == caseId);
        Assert.Contains(await ListedAsync(origin, "Tariq"), id => id == caseId);
        Assert.Contains(await ListedAsync(counsellor, "Amina"), id => id == caseId);
        found = await counsellor.GetJsonAsync($"/api/cases/{caseId}");
        await ConsentAsync(counsellor, caseId, principal, (int)found["version"]!, "Given");

        var seen = await origin.GetJsonAsync($"/api/cases/{caseId}");
        Assert.True((bool)seen["asOriginOffice"]!);
        Assert.Equal([principal, spouse], seen["persons"]!.AsArray().Select(p => (string)p!["id"]!)); // the child did not consent
        Assert.Equal(["case", "people", "consents", "vulnerabilities", "handover", "reintegration"], seen["sections"]!.AsArray().Select(s => (string)s!));
        Assert.Null(seen["counselling"]);
        Assert.Contains(await ListedAsync(origin), id => id == caseId);
        foreach (var section in new[] { "contacts", "notes", "timeline", "audit" })
            Assert.Equal(HttpStatusCode.NotFound, (await origin.GetAsync($"/api/cases/{caseId}/{section}")).StatusCode);
        // Of the documents, only those of the origin office's own work (receipts, monitoring photos): none here.
        Assert.Empty((await origin.GetJsonAsync($"/api/cases/{caseId}/documents")).AsArray());
        var edit = await origin.PutAsJsonAsync($"/api/cases/{caseId}", new { version = (int)seen["version"]!, countryOfReturn = "AF" });
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal("PK", await env.InDatabaseAsync(db => db.ReturnCases.Where(c => c.Id == caseId).Select(c => c.CountryOfReturn).SingleAsync()));

        // The page shows the case without the host's sections, and nothing of the note.
        using var page = await env.Server.SignedInAsync("reintegration");
        var html = await page.GetStringAsync($"/cases/{caseId}");
        Assert.DoesNotContain(canary, html);
        Assert.DoesNotContain("id=\"rw-contacts\"", html);
        Assert.DoesNotContain("id=\"rw-timeline\"", html);
        Assert.Contains("id=\"rw-people\"", html);

        // Withdrawn by both, the case is gone again for them.
        foreach (var person in new[] { principal, spouse })
            await ConsentAsync(counsellor, caseId, person, (int)(await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["version"]!, "Withdrawn");
        Assert.Equal(HttpStatusCode.NotFound, (await origin.GetAsync($"/api/cases/{caseId}")).StatusCode);
        Assert.DoesNotContain(await ListedAsync(origin), id => id == caseId);
    }

    [Fact]
    public async Task A_case_returning_elsewhere_stays_hidden_from_an_origin_office_whatever_the_consent()
    {
        await using var env = await ClockedCaseServer.StartAsync("Sqlite");
        var counsellor = await env.AsAsync("counsellor");
        var intake = CaseBodies.Intake("Elsewhere");
        intake["countryOfReturn"] = "AF";
        var opened = await counsellor.PostAsJsonAsync("/api/cases", intake);
        var caseId = (string)(await opened.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!;
        var found = await counsellor.GetJsonAsync($"/api/cases/{caseId}");
        await ConsentAsync(counsellor, caseId, (string)found["persons"]![0]!["id"]!, (int)found["version"]!, "Given");

        Assert.Equal(HttpStatusCode.NotFound, (await (await env.AsAsync("reintegration")).GetAsync($"/api/cases/{caseId}")).StatusCode);
        // A partner at the same office sees nothing either: referral to partners is not built.
        Assert.Equal(HttpStatusCode.NotFound, (await (await env.AsAsync("partner")).GetAsync($"/api/cases/{caseId}")).StatusCode);
    }

    private static async Task ConsentAsync(HttpClient client, string caseId, string personId, int version, string decision)
    {
        var recorded = await client.PostAsJsonAsync($"/api/cases/{caseId}/persons/{personId}/consents",
            new JsonObject { ["version"] = version, ["consent"] = CaseBodies.Consent("TransferToOriginOfficeAndPartners", decision) });
        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
    }

    private static async Task<IReadOnlyList<string>> ListedAsync(HttpClient client, string? text = null) =>
        (await client.GetJsonAsync($"/api/cases?pageSize=100{(text is null ? "" : $"&q={Uri.EscapeDataString(text)}")}"))["items"]!.AsArray().Select(c => (string)c!["id"]!).ToList();
}
