using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// The reference-data pages as an administrator uses them (cookie, forms, anti-forgery): a country suspended on its page
/// stops intake to it at once; a refused office or programme names its field and writes nothing; nobody else gets in.
/// </summary>
public sealed class ReferenceDataPagesTests : FreshSqliteServerTests
{
    [Fact]
    public async Task A_country_suspended_on_its_page_refuses_new_cases_to_it()
    {
        using var admin = await Server.SignedInAsync("admin");
        var list = await admin.GetStringAsync("/admin/reference-data");
        Assert.Contains("<a href=\"/admin/countries/PK\">Pakistan</a>", list);
        Assert.Contains("<a href=\"/admin/offices/BA-SJJ\">Sarajevo</a>", list);

        var page = await admin.GetStringAsync("/admin/countries/PK");
        Assert.Contains("<option value=\"Open\" selected=\"selected\">", page);
        var saved = await PostAsync(admin, "/admin/countries/PK",
            [new("Name", "Pakistan"), new("LocalName", "پاکستان"), new("Status", "Suspended"), new("StatusEffectiveFrom", "2026-12-01")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Pakistan is saved.", await admin.GetStringAsync("/admin/reference-data"));

        using var counsellor = await Server.WithAccessTokenAsync("counsellor");
        var country = (await counsellor.GetJsonAsync("/api/countries")).AsArray().Single(c => (string)c!["code"]! == "PK")!;
        Assert.Equal("Suspended", (string)country["status"]!);
        var intake = await counsellor.PostAsJsonAsync("/api/cases", CaseBodies.Intake("Suspended"));
        Assert.Equal(HttpStatusCode.BadRequest, intake.StatusCode);
        Assert.NotNull((await intake.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["countryOfReturn"]);
    }

    [Fact]
    public async Task A_refused_office_or_programme_names_its_field_and_writes_nothing()
    {
        using var admin = await Server.SignedInAsync("admin");
        var office = await PostAsync(admin, "/admin/offices/new",
            [new("Code", "BA-BIH"), new("Name", "Bihać"), new("Country", "BA"), new("TimeZone", "Europe/Nowhere"), new("HostsMigrants", "true")]);
        Assert.Equal(HttpStatusCode.BadRequest, office.StatusCode);
        var html = WebUtility.HtmlDecode(await office.Content.ReadAsStringAsync());
        Assert.Contains("id=\"TimeZone-error\"", html);
        Assert.Contains("value=\"Bihać\"", html); // what was typed stays
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/offices/BA-BIH")).StatusCode);

        var fixedOffice = await PostAsync(admin, "/admin/offices/new",
            [new("Code", "ba-bih"), new("Name", "Bihać"), new("Country", "ba"), new("TimeZone", "Europe/Sarajevo"), new("HostsMigrants", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, fixedOffice.StatusCode);
        Assert.Contains("checked=\"checked\"", await admin.GetStringAsync("/admin/offices/BA-BIH"));

        // A lifecycle that is not a published workflow would stop every intake: refused, naming the field.
        var programme = await admin.GetStringAsync("/admin/programmes/dk-avrr-wb");
        Assert.Contains("<option value=\"counselling-and-eligibility\" selected=\"selected\">", programme);
        var refused = await PostAsync(admin, "/admin/programmes/dk-avrr-wb",
        [
            new("Name", "Renamed"), new("Donor", "Denmark"), new("Currency", "EUR"), new("StartDate", "2026-01-01"), new("LastIntakeDate", "2027-06-30"),
            new("LastDepartureDate", "2027-10-31"), new("EndDate", "2027-12-31"), new("Offices", "BA-SJJ"), new("LifecycleWorkflowId", "no-such-workflow"),
        ]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"LifecycleWorkflowId-error\"", await refused.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Renamed", await admin.GetStringAsync("/admin/reference-data"));
        var noDates = await PostAsync(admin, "/admin/programmes/dk-avrr-wb", [new("Name", "Renamed"), new("Donor", "Denmark"), new("Currency", "EUR"), new("Offices", "BA-SJJ")]);
        Assert.Equal(HttpStatusCode.BadRequest, noDates.StatusCode);
        Assert.Contains("id=\"StartDate-error\"", await noDates.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_programmes_caps_are_read_as_typed_whatever_the_pages_language()
    {
        using var admin = await Server.SignedInAsync("admin");
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sr-Latn-RS"); // its "." groups thousands: 2000.50 must not become 200050
        Assert.Contains("value=\"2000\"", await admin.GetStringAsync("/admin/programmes/dk-avrr-wb")); // the demo's sample cap
        List<KeyValuePair<string, string>> Form(string perPerson) =>
        [
            new("Name", "AVRR Western Balkans (Danish-funded)"), new("Donor", "Denmark"), new("Currency", "EUR"), new("StartDate", "2026-01-01"),
            new("LastIntakeDate", "2027-06-30"), new("LastDepartureDate", "2027-10-31"), new("EndDate", "2027-12-31"), new("Offices", "BA-SJJ"),
            new("LifecycleWorkflowId", "counselling-and-eligibility"), new("CapPerPerson", perPerson), new("CapPerHousehold", ""),
        ];

        var unreadable = await PostAsync(admin, "/admin/programmes/dk-avrr-wb", Form("two thousand"));
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("id=\"CapPerPerson-error\"", await unreadable.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, "/admin/programmes/dk-avrr-wb", Form("2000.50"))).StatusCode);

        using var api = await Server.WithAccessTokenAsync("admin");
        var stored = (await api.GetJsonAsync("/api/programmes")).AsArray().Single(p => (string?)p!["id"] == "dk-avrr-wb")!;
        Assert.Equal(2000.50m, (decimal)stored["capPerPerson"]!);
        Assert.Null(stored["capPerHousehold"]);
    }

    [Fact]
    public async Task Nobody_but_an_administrator_gets_in()
    {
        foreach (var userName in new[] { "manager", "supervisor", "counsellor" })
        {
            using var client = await Server.SignedInAsync(userName);
            Assert.DoesNotContain("/admin/reference-data", await client.GetStringAsync("/"));
            foreach (var page in new[] { "/admin/reference-data", "/admin/countries/PK", "/admin/offices/new", "/admin/programmes/dk-avrr-wb" })
            {
                var refused = await client.GetAsync(page);
                Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
                Assert.Equal("/account/denied", new Uri(new Uri("http://localhost"), refused.Headers.Location!).AbsolutePath);
            }
        }
        using var admin = await Server.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/countries/ZZ")).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, List<KeyValuePair<string, string>> fields)
    {
        var token = await Browserless.AntiForgeryTokenAsync(client, "/admin/offices/new");
        return await client.PostAsync(url, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }
}
