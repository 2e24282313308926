using System.Net;
using Microsoft.EntityFrameworkCore;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// The case page's contact log in a browser's way (cookie, form, anti-forgery): logged from the form on the office's
/// clock, listed newest first, a refused form names the field and writes nothing, another office gets 404.
/// </summary>
public sealed class CaseContactPageTests(CaseServer api) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task A_contact_logged_from_the_case_page_is_listed_newest_first_on_the_office_clock()
    {
        var (id, principal) = await OpenAsync("Paged");
        using var counsellor = await api.Server.SignedInAsync("counsellor");
        var empty = WebUtility.HtmlDecode(await counsellor.GetStringAsync($"/cases/{id}"));
        Assert.Contains("No contact logged yet.", empty);
        Assert.Contains("at most 1000 characters.", empty);
        // Sarajevo's clock: in December UTC+1.
        var sarajevo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Sarajevo");
        var now = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, sarajevo);

        var first = await PostAsync(counsellor, id, Form(principal, now.AddHours(-2), "Phone", reached: false, "Phone off"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        await PostAsync(counsellor, id, Form(principal, now.AddMinutes(-5), "Visit", reached: true, "Came to the office"));

        var page = WebUtility.HtmlDecode(await counsellor.GetStringAsync(first.Headers.Location!.ToString()));
        Assert.True(page.IndexOf("Came to the office", StringComparison.Ordinal) < page.IndexOf("Phone off", StringComparison.Ordinal), "newest first");
        Assert.Contains("<td>Visit</td><td>Yes</td><td>Came to the office</td><td>counsellor</td>", page);
        var stored = await api.InDatabaseAsync(db => db.CaseContacts.Where(c => c.CaseId == id).OrderBy(c => c.ContactedAt).FirstAsync());
        var expected = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(now.AddHours(-2), DateTimeKind.Unspecified), sarajevo);
        Assert.Equal(expected, stored.ContactedAt, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_refused_contact_names_the_field_and_writes_nothing_and_another_office_gets_404()
    {
        var (id, principal) = await OpenAsync("Refused");
        using var counsellor = await api.Server.SignedInAsync("counsellor");
        var before = await api.InDatabaseAsync(db => db.CaseContacts.CountAsync());

        var future = await PostAsync(counsellor, id, Form(principal, DateTime.UtcNow.AddDays(2), "Phone", reached: true, "Typo"));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var html = WebUtility.HtmlDecode(await future.Content.ReadAsStringAsync());
        Assert.Contains("id=\"contact-at-error\">The contact lies in the future.</div>", html);
        Assert.Contains(">Typo</textarea>", html); // what was typed is kept
        var empty = Form(principal, DateTime.UtcNow, "Phone", reached: true, null);
        empty["contact.contactedAt"] = "";
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(counsellor, id, empty)).StatusCode);

        using var belgrade = await api.Server.SignedInAsync("counsellor.belgrade");
        var token = await Browserless.AntiForgeryTokenAsync(belgrade, "/cases");
        var outsider = Form(principal, DateTime.UtcNow, "Phone", reached: true, null);
        outsider["__RequestVerificationToken"] = token;
        Assert.Equal(HttpStatusCode.NotFound, (await belgrade.PostAsync($"/cases/{id}?handler=Contact", new FormUrlEncodedContent(outsider))).StatusCode);
        Assert.Equal(before, await api.InDatabaseAsync(db => db.CaseContacts.CountAsync()));
    }

    private async Task<(string Id, string Principal)> OpenAsync(string family)
    {
        var id = (string)(await api.OpenFamilyAsync(family: "Contact" + family))["caseId"]!;
        return (id, (string)(await api.As("counsellor").GetJsonAsync($"/api/cases/{id}"))["persons"]![0]!["id"]!);
    }

    private static Dictionary<string, string> Form(string person, DateTime officeTime, string channel, bool reached, string? note)
    {
        var fields = new Dictionary<string, string>
        {
            ["contact.personId"] = person, ["contact.contactedAt"] = officeTime.ToString("yyyy-MM-ddTHH:mm"), ["contact.channel"] = channel,
            ["contact.note"] = note ?? "", ["contact.key"] = Guid.NewGuid().ToString("N"),
        };
        if (reached) fields["contact.reached"] = "true";
        return fields;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient person, string caseId, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await Browserless.AntiForgeryTokenAsync(person, $"/cases/{caseId}");
        return await person.PostAsync($"/cases/{caseId}?handler=Contact", new FormUrlEncodedContent(fields));
    }
}
