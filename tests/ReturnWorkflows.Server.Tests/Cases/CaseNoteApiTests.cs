using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Audit;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// Notes through the case API: written by the signed-in case worker, listed newest first, audited without their
/// text; refused input named and not written; another office's counsellor gets 404, a programme manager reads only.
/// </summary>
public sealed class CaseNoteApiTests(CaseServer api) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task A_note_is_written_by_the_caller_listed_newest_first_and_audited_without_its_text()
    {
        var id = await OpenAsync("Noted");
        Assert.Equal(HttpStatusCode.Created, (await api.As("counsellor").PostAsJsonAsync($"/api/cases/{id}/notes", Note("Lawyer called about the appeal"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.As("supervisor").PostAsJsonAsync($"/api/cases/{id}/notes", Note("  Family asks for a female interpreter  "))).StatusCode);

        var notes = (await api.As("counsellor").GetJsonAsync($"/api/cases/{id}/notes")).AsArray();
        Assert.Equal([("Family asks for a female interpreter", "supervisor"), ("Lawyer called about the appeal", "counsellor")],
            notes.Select(n => ((string)n!["text"]!, (string)n["by"]!)));

        var audit = await api.InDatabaseAsync(db => db.CaseAudit.Where(e => e.CaseId == id && e.Section == "notes").ToListAsync());
        Assert.Equal(["counsellor", "supervisor"], audit.Where(e => e.Action == AuditAction.Changed).OrderBy(e => e.Id).Select(e => e.Actor));
        Assert.All(audit.Where(e => e.Action == AuditAction.Changed), e => Assert.Equal(CaseAuditTrail.Withheld, e.NewValue));
        Assert.Contains(audit, e => e is { Action: AuditAction.Read, Actor: "counsellor" });
        Assert.DoesNotContain(api.Logs.Lines, line => line.Contains("appeal"));
    }

    [Fact]
    public async Task Refused_input_is_named_and_nothing_is_written()
    {
        var id = await OpenAsync("Refused");
        var before = await CountAsync();

        Assert.Equal(["text"], await RefusedAsync(id, Note("   ")));
        Assert.Equal(["text"], await RefusedAsync(id, Note(new string('x', 2001))));
        Assert.Equal(["text"], await RefusedAsync(id, new JsonObject()));
        Assert.Equal(["secret"], await RefusedAsync(id, new JsonObject { ["text"] = "x", ["secret"] = true })); // strict input

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Another_offices_counsellor_gets_404_and_a_programme_manager_reads_but_does_not_write()
    {
        var id = await OpenAsync("Elsewhere");
        await api.As("counsellor").PostAsJsonAsync($"/api/cases/{id}/notes", Note("Seen"));
        var before = await CountAsync();

        var belgrade = api.As("counsellor.belgrade");
        Assert.Equal(HttpStatusCode.NotFound, (await belgrade.GetAsync($"/api/cases/{id}/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await belgrade.GetAsync($"/api/cases/{id}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await belgrade.PostAsJsonAsync($"/api/cases/{id}/notes", Note("x"))).StatusCode);
        Assert.Single((await api.As("manager").GetJsonAsync($"/api/cases/{id}/notes")).AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As("manager").PostAsJsonAsync($"/api/cases/{id}/notes", Note("x"))).StatusCode);

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_retried_request_with_the_same_idempotency_key_writes_the_note_once()
    {
        var id = await OpenAsync("Retried");
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/notes") { Content = JsonContent.Create(Note("Once")) };
            request.Headers.Add("Idempotency-Key", "note-retry-1");
            Assert.Equal(HttpStatusCode.Created, (await api.As("counsellor").SendAsync(request)).StatusCode);
        }
        Assert.Single((await api.As("counsellor").GetJsonAsync($"/api/cases/{id}/notes")).AsArray());
    }

    private async Task<string> OpenAsync(string family) => (string)(await api.OpenFamilyAsync(family: "Note" + family))["caseId"]!;

    private static JsonObject Note(string text) => new() { ["text"] = text };

    private async Task<IReadOnlyList<string>> RefusedAsync(string id, JsonObject body)
    {
        var response = await api.As("counsellor").PostAsJsonAsync($"/api/cases/{id}/notes", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).ToList();
    }

    private Task<(int, int)> CountAsync() => api.InDatabaseAsync(async db => (
        await db.CaseNotes.CountAsync(), await db.CaseAudit.CountAsync(e => e.Action == AuditAction.Changed)));
}
