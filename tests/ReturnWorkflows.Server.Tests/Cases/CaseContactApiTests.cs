using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Audit;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// The contact log through the case API: logged by the signed-in case worker, listed newest first, refused input
/// named and not written, audited without the note, and a 404 for a counsellor of another office.
/// </summary>
public sealed class CaseContactApiTests(CaseServer api) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task A_contact_is_logged_by_the_caller_listed_newest_first_and_audited_without_its_note()
    {
        var (id, principal, spouse) = await OpenAsync("Contacted");
        var counsellor = api.As("counsellor");
        var earlier = DateTimeOffset.UtcNow.AddHours(-3);

        var logged = await counsellor.PostAsJsonAsync($"/api/cases/{id}/persons/{principal}/contacts",
            Contact(DateTimeOffset.UtcNow.AddMinutes(-10), "Phone", reached: false, note: "No answer; voicemail full"));
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        // Logged after, made before: the list goes by when the contact was made.
        await Ok(api.As("supervisor").PostAsJsonAsync($"/api/cases/{id}/persons/{spouse}/contacts", Contact(earlier, "Visit", reached: true, note: null)));

        var list = (await counsellor.GetJsonAsync($"/api/cases/{id}/contacts")).AsArray();
        Assert.Equal([(principal, "Phone", false, "counsellor"), (spouse, "Visit", true, "supervisor")],
            list.Select(c => ((string)c!["personId"]!, (string)c["channel"]!, (bool)c["reached"]!, (string)c["by"]!)));
        Assert.Equal("No answer; voicemail full", (string?)list[0]!["note"]);
        Assert.Equal(earlier.UtcDateTime, (DateTime)list[1]!["contactedAt"]!, TimeSpan.FromMilliseconds(1));

        var audit = await api.InDatabaseAsync(db => db.CaseAudit.Where(e => e.CaseId == id && e.Section == "contacts").ToListAsync());
        var changes = audit.Where(e => e.Action == AuditAction.Changed).OrderBy(e => e.Id).ToList();
        Assert.Equal(["Phone, not reached", "Visit, reached"], changes.Select(e => e.NewValue));
        Assert.Equal(["counsellor", "supervisor"], changes.Select(e => e.Actor));
        Assert.Contains(audit, e => e is { Action: AuditAction.Read, Actor: "counsellor" });
        Assert.DoesNotContain(audit, e => (e.NewValue ?? "").Contains("voicemail"));
        Assert.DoesNotContain(api.Logs.Lines, line => line.Contains("voicemail"));
    }

    [Fact]
    public async Task Refused_input_is_named_and_nothing_is_written()
    {
        var (id, principal, _) = await OpenAsync("Refused");
        var url = $"/api/cases/{id}/persons/{principal}/contacts";
        var before = await CountAsync();

        var noReached = Contact(DateTimeOffset.UtcNow, "Phone", true, null);
        noReached.Remove("reached");
        Assert.Equal(["reached"], await RefusedAsync(url, noReached));
        Assert.Equal(["channel"], await RefusedAsync(url, Contact(DateTimeOffset.UtcNow, "Email", true, null)));
        Assert.Equal(["contactedAt"], await RefusedAsync(url, Contact(DateTimeOffset.UtcNow.AddDays(1), "Phone", true, null)));
        Assert.Equal(["contactedAt"], await RefusedAsync(url, Contact(DateTimeOffset.UtcNow.AddYears(-1), "Phone", true, null))); // before the case
        Assert.Equal(["note"], await RefusedAsync(url, Contact(DateTimeOffset.UtcNow, "Phone", true, new string('x', 1001))));
        var nobody = await api.As("counsellor").PostAsJsonAsync($"/api/cases/{id}/persons/nobody/contacts", Contact(DateTimeOffset.UtcNow, "Phone", true, null));
        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
        Assert.NotNull((await nobody.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["personId"]);

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Another_offices_counsellor_gets_404_and_a_programme_manager_reads_but_does_not_log()
    {
        var (id, principal, _) = await OpenAsync("Elsewhere");
        await Ok(api.As("counsellor").PostAsJsonAsync($"/api/cases/{id}/persons/{principal}/contacts", Contact(DateTimeOffset.UtcNow, "Messaging", true, null)));
        var before = await CountAsync();

        var belgrade = api.As("counsellor.belgrade");
        Assert.Equal(HttpStatusCode.NotFound, (await belgrade.GetAsync($"/api/cases/{id}/contacts")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await belgrade.PostAsJsonAsync($"/api/cases/{id}/persons/{principal}/contacts",
            Contact(DateTimeOffset.UtcNow, "Phone", true, null))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.As("partner").GetAsync($"/api/cases/{id}/contacts")).StatusCode);

        Assert.Single((await api.As("manager").GetJsonAsync($"/api/cases/{id}/contacts")).AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As("manager").PostAsJsonAsync($"/api/cases/{id}/persons/{principal}/contacts",
            Contact(DateTimeOffset.UtcNow, "Phone", true, null))).StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_retried_request_with_the_same_idempotency_key_logs_the_contact_once()
    {
        var (id, principal, _) = await OpenAsync("Retried");
        var body = Contact(DateTimeOffset.UtcNow.AddMinutes(-1), "Phone", true, null);

        var answers = new List<JsonObject>();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/persons/{principal}/contacts") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "contact-retry-1");
            var response = await api.As("counsellor").SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            answers.Add((await response.Content.ReadFromJsonAsync<JsonObject>())!);
        }

        Assert.Equal((string?)answers[0]["contactId"], (string?)answers[1]["contactId"]);
        Assert.Single((await api.As("counsellor").GetJsonAsync($"/api/cases/{id}/contacts")).AsArray());
    }

    private async Task<(string Id, string Principal, string Spouse)> OpenAsync(string family)
    {
        var id = (string)(await api.OpenFamilyAsync(family: family))["caseId"]!;
        var persons = (await api.As("counsellor").GetJsonAsync($"/api/cases/{id}"))["persons"]!.AsArray();
        return (id, (string)persons[0]!["id"]!, (string)persons.Single(p => (string?)p!["details"]!["givenNames"] == "Tariq")!["id"]!);
    }

    private static JsonObject Contact(DateTimeOffset at, string channel, bool reached, string? note) => new()
    {
        ["contactedAt"] = at.ToString("O"), ["channel"] = channel, ["reached"] = reached, ["note"] = note,
    };

    private static async Task Ok(Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<IReadOnlyList<string>> RefusedAsync(string url, JsonObject body)
    {
        var response = await api.As("counsellor").PostAsJsonAsync(url, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).ToList();
    }

    private Task<(int, int)> CountAsync() => api.InDatabaseAsync(async db => (
        await db.CaseContacts.CountAsync(), await db.CaseAudit.CountAsync(e => e.Action == AuditAction.Changed)));
}
