using System.Net;
using Microsoft.EntityFrameworkCore;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// The case page's notes and timeline in a browser's way (cookie, form, anti-forgery): a note written from the form is
/// listed and on the timeline beside the case's opening and its first task; an empty note is refused naming the field
/// and writes nothing; another office gets 404.
/// </summary>
public sealed class CaseNotePageTests(CaseServer api) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task A_note_written_on_the_case_page_is_listed_and_on_the_timeline()
    {
        var id = (string)(await api.OpenFamilyAsync(family: "NotePage"))["caseId"]!;
        using var counsellor = await api.Server.SignedInAsync("counsellor");
        var empty = WebUtility.HtmlDecode(await counsellor.GetStringAsync($"/cases/{id}"));
        Assert.Contains("No note yet.", empty);
        Assert.Contains("Task opened: Intake review.", empty);
        Assert.Contains("counsellor opened the case.", empty);

        var written = await PostAsync(counsellor, id, "Brother in Graz may sponsor the ticket");
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        Assert.EndsWith("#rw-notes", written.Headers.Location!.ToString());

        var page = WebUtility.HtmlDecode(await counsellor.GetStringAsync(written.Headers.Location!.ToString()));
        Assert.Contains("The note is saved.", page);
        Assert.Contains("<p class=\"mb-1 rw-note-text\">Brother in Graz may sponsor the ticket</p>", page);
        var timeline = page[page.IndexOf("id=\"rw-timeline\"", StringComparison.Ordinal)..];
        Assert.True(timeline.IndexOf("counsellor wrote a note.", StringComparison.Ordinal) < timeline.IndexOf("counsellor opened the case.", StringComparison.Ordinal),
            "newest first");
    }

    [Fact]
    public async Task An_empty_note_is_refused_naming_the_field_and_another_office_gets_404()
    {
        var id = (string)(await api.OpenFamilyAsync(family: "NoteRefused"))["caseId"]!;
        using var counsellor = await api.Server.SignedInAsync("counsellor");
        var before = await api.InDatabaseAsync(db => db.CaseNotes.CountAsync());

        var refused = await PostAsync(counsellor, id, "  ");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"note-text-error\">Write the note.</div>", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));

        using var belgrade = await api.Server.SignedInAsync("counsellor.belgrade");
        var token = await Browserless.AntiForgeryTokenAsync(belgrade, "/cases");
        Assert.Equal(HttpStatusCode.NotFound, (await belgrade.PostAsync($"/cases/{id}?handler=Note", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["note.text"] = "x", ["note.key"] = Guid.NewGuid().ToString("N"), ["__RequestVerificationToken"] = token,
        }))).StatusCode);
        Assert.Equal(before, await api.InDatabaseAsync(db => db.CaseNotes.CountAsync()));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient person, string caseId, string text) =>
        await person.PostAsync($"/cases/{caseId}?handler=Note", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["note.text"] = text, ["note.key"] = Guid.NewGuid().ToString("N"),
            ["__RequestVerificationToken"] = await Browserless.AntiForgeryTokenAsync(person, $"/cases/{caseId}"),
        }));
}
