using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>Offices, countries of return and programmes: seeded, read by staff, changed by administrators only.</summary>
public sealed class ReferenceDataApiTests(CaseServer api) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task The_embedded_default_is_seeded_with_the_six_host_offices_origin_offices_countries_and_the_demo_programme()
    {
        var offices = (await api.As("counsellor").GetJsonAsync("/api/offices")).AsArray();
        Assert.Equal(["AL-TIA", "BA-SJJ", "ME-TGD", "MK-SKP", "RS-BEG", "XK-PRN"],
            offices.Where(o => (bool)o!["hostsMigrants"]!).Select(o => (string)o!["code"]!).Order());
        Assert.Contains(offices, o => (string?)o!["code"] == "PK-ISB" && !(bool)o["hostsMigrants"]! && (string?)o["timeZone"] == "Asia/Karachi");

        var countries = (await api.As("partner").GetJsonAsync("/api/countries")).AsArray();
        Assert.Equal("Kosovo (UNSCR 1244)", (string?)countries.Single(c => (string?)c!["code"] == "XK")!["name"]);
        Assert.Equal("Suspended", (string?)countries.Single(c => (string?)c!["code"] == "SY")!["status"]);

        var programme = (await api.As("manager").GetJsonAsync("/api/programmes")).AsArray().Single(p => (string?)p!["id"] == "dk-avrr-wb")!;
        Assert.Equal((500, 300, "counselling-and-eligibility"), ((int)programme["returnsTarget"]!, (int)programme["reintegrationTarget"]!, (string?)programme["lifecycleWorkflowId"]));
    }

    [Fact]
    public async Task An_administrator_creates_and_updates_an_office_and_nobody_else_may()
    {
        var office = new JsonObject
        {
            ["code"] = "CH-BRN", ["name"] = "Bern", ["country"] = "CH", ["timeZone"] = "Europe/Zurich", ["hostsMigrants"] = false, ["receivesReturnees"] = true,
        };

        Assert.Equal(HttpStatusCode.Forbidden, (await api.As("supervisor").PostAsJsonAsync("/api/offices", office)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.As("admin").PostAsJsonAsync("/api/offices", office)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.As("admin").PostAsJsonAsync("/api/offices", office)).StatusCode);

        office.Remove("code");
        office["name"] = "Bern (SEM liaison)";
        var updated = await api.As("admin").PutAsJsonAsync("/api/offices/CH-BRN", office);
        Assert.Equal("Bern (SEM liaison)", (string?)(await updated.Content.ReadFromJsonAsync<JsonObject>())!["name"]);
        Assert.Equal(HttpStatusCode.NotFound, (await api.As("admin").PutAsJsonAsync("/api/offices/CH-ZRH", office)).StatusCode);

        office["timeZone"] = "Mars/Olympus";
        var refused = await api.As("admin").PutAsJsonAsync("/api/offices/CH-BRN", office);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull((await refused.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["timeZone"]);
    }

    [Fact]
    public async Task A_country_status_and_a_programme_are_changed_by_an_administrator()
    {
        var country = new { name = "Iraq", localName = "العراق", status = "CaseByCase", statusEffectiveFrom = "2026-12-01" };
        var saved = await api.As("admin").PutAsJsonAsync("/api/countries/IQ", country);
        Assert.Equal("CaseByCase", (string?)(await saved.Content.ReadFromJsonAsync<JsonObject>())!["status"]);

        var programme = new JsonObject
        {
            ["id"] = "ch-reintegration", ["name"] = "Swiss reintegration", ["donor"] = "Switzerland", ["currency"] = "CHF",
            ["startDate"] = "2026-01-01", ["lastIntakeDate"] = "2026-12-31", ["lastDepartureDate"] = "2027-03-31", ["endDate"] = "2027-06-30",
            ["offices"] = new JsonArray("BA-SJJ", "NO-WHERE"), ["managers"] = new JsonArray("manager"),
            ["returnsTarget"] = 100, ["reintegrationTarget"] = 80, ["lifecycleWorkflowId"] = null,
            ["capPerPerson"] = 3000.5m, ["capPerHousehold"] = 8000m,
        };
        var unknownOffice = await api.As("admin").PostAsJsonAsync("/api/programmes", programme);
        Assert.Equal(HttpStatusCode.BadRequest, unknownOffice.StatusCode);
        Assert.NotNull((await unknownOffice.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["offices"]);
        programme["offices"] = new JsonArray("BA-SJJ");
        // A household's cap below one person's is a slip: refused naming the field.
        programme["capPerHousehold"] = 2000m;
        var capBelow = await api.As("admin").PostAsJsonAsync("/api/programmes", programme);
        Assert.Equal(HttpStatusCode.BadRequest, capBelow.StatusCode);
        Assert.Equal(["capPerHousehold"], (await capBelow.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key));
        programme["capPerHousehold"] = 8000m;
        // A lifecycle that is not a published workflow would stop every intake: refused through the API as on the page.
        programme["lifecycleWorkflowId"] = "no-such-workflow";
        var unknownWorkflow = await api.As("admin").PostAsJsonAsync("/api/programmes", programme);
        Assert.Equal(HttpStatusCode.BadRequest, unknownWorkflow.StatusCode);
        Assert.NotNull((await unknownWorkflow.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["lifecycleWorkflowId"]);
        programme["lifecycleWorkflowId"] = "counselling-and-eligibility";
        Assert.Equal(HttpStatusCode.Created, (await api.As("admin").PostAsJsonAsync("/api/programmes", programme)).StatusCode);
        var stored = (await api.As("admin").GetJsonAsync("/api/programmes")).AsArray().Single(p => (string?)p!["id"] == "ch-reintegration")!;
        Assert.Equal((3000.5m, 8000m), ((decimal)stored["capPerPerson"]!, (decimal)stored["capPerHousehold"]!));
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As("manager").PutAsJsonAsync("/api/programmes/ch-reintegration", programme)).StatusCode);
    }
}
