using System.Net;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Outreach;
using ReturnWorkflows.Server.Tests.Cases;

namespace ReturnWorkflows.Server.Tests.Outreach;

/// <summary>
/// <c>/outreach</c> and <c>/outreach/new</c> as staff use them (cookie, form, anti-forgery): an empty list, a refused
/// form that keeps what was typed and names the field, a recorded session in the list; who may open which.
/// </summary>
public sealed class InformationSessionPageTests(CaseServer api) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task A_counsellor_records_a_session_by_the_form_and_bad_counts_are_named_beside_their_field()
    {
        using var counsellor = await api.Server.SignedInAsync("counsellor.belgrade");
        Assert.Contains("No information sessions in this period.", WebUtility.HtmlDecode(await counsellor.GetStringAsync("/outreach?from=2000-01-01&to=2000-01-31")));
        var before = await api.InDatabaseAsync(db => db.Set<InformationSession>().CountAsync());

        var fields = new Dictionary<string, string>
        {
            ["date"] = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd"), ["placeKind"] = "ReceptionCentre", ["placeName"] = "Obrenovac",
            ["language"] = "ps", ["ranBy"] = "Luka", ["attendance.women"] = "2", ["attendance.men"] = "7", ["attendance.boys"] = "x",
            ["requestedCounselling"] = "12", ["key"] = Guid.NewGuid().ToString("N"),
        };
        var refused = WebUtility.HtmlDecode(await (await PostAsync(counsellor, fields)).Content.ReadAsStringAsync());
        Assert.Contains("id=\"attendance.boys-error\">Give a whole number.</div>", refused);
        Assert.Contains("value=\"Obrenovac\"", refused);

        fields["attendance.boys"] = "1";
        var tooMany = await PostAsync(counsellor, fields);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("id=\"requestedCounselling-error\">More asked for counselling than came to the session.</div>", WebUtility.HtmlDecode(await tooMany.Content.ReadAsStringAsync()));
        Assert.Equal(before, await api.InDatabaseAsync(db => db.Set<InformationSession>().CountAsync()));

        fields["requestedCounselling"] = "4";
        var recorded = await PostAsync(counsellor, fields);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var list = WebUtility.HtmlDecode(await counsellor.GetStringAsync("/outreach"));
        Assert.Contains("The information session is recorded.", list);
        Assert.Contains("Obrenovac", list);
        Assert.Equal("RS-BEG", await api.InDatabaseAsync(db => db.Set<InformationSession>().Where(s => s.PlaceName == "Obrenovac").Select(s => s.Office).SingleAsync()));
        // Sarajevo's counsellor does not see Belgrade's session; the manager does, and is not offered the form.
        using var sarajevo = await api.Server.SignedInAsync("counsellor");
        Assert.DoesNotContain("Obrenovac", await sarajevo.GetStringAsync("/outreach"));
        using var manager = await api.Server.SignedInAsync("manager");
        var managers = await manager.GetStringAsync("/outreach");
        Assert.Contains("Obrenovac", managers);
        Assert.DoesNotContain("href=\"/outreach/new\"", managers);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/outreach/new")).StatusCode);
        using var partner = await api.Server.SignedInAsync("partner");
        var denied = await partner.GetAsync("/outreach"); // the page's policy turns a partner away to the sign-in's "denied" page
        Assert.Equal(HttpStatusCode.Found, denied.StatusCode);
        Assert.Contains("/account/denied", denied.Headers.Location!.ToString());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient person, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await Browserless.AntiForgeryTokenAsync(person, "/outreach/new");
        return await person.PostAsync("/outreach/new", new FormUrlEncodedContent(fields));
    }
}
