using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Outreach;
using ReturnWorkflows.Server.Tests.Cases;

namespace ReturnWorkflows.Server.Tests.Outreach;

/// <summary>
/// <c>/api/information-sessions</c>: recorded for the caller's office and listed by office and period; other offices'
/// counsellors do not see it, managers see all; bad counts and fields are refused by name and write nothing.
/// </summary>
public sealed class InformationSessionApiTests(CaseServer api) : IClassFixture<CaseServer>
{
    private const string Url = "/api/information-sessions";

    [Fact]
    public async Task A_session_is_recorded_for_the_counsellors_office_and_listed_by_office_and_period()
    {
        var day = DateTime.UtcNow.AddDays(-10).ToString("yyyy-MM-dd");
        var response = await api.As("counsellor").PostAsJsonAsync(Url, Session(day));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        var listed = (await api.As("counsellor").GetJsonAsync($"{Url}?from={day}&to={day}")).AsArray();
        var session = Assert.Single(listed, s => (string?)s!["id"] == id)!;
        Assert.Equal(("BA-SJJ", "ReceptionCentre", "ur", 14, 6, "counsellor"),
            ((string)session["office"]!, (string)session["placeKind"]!, (string)session["language"]!, (int)session["total"]!,
                (int)session["requestedCounselling"]!, (string)session["recordedBy"]!));
        Assert.Equal(5, (int)session["attendance"]!["men"]!);

        Assert.DoesNotContain((await api.As("counsellor").GetJsonAsync($"{Url}?to={DateTime.UtcNow.AddDays(-11):yyyy-MM-dd}")).AsArray(), s => (string?)s!["id"] == id);
        Assert.DoesNotContain((await api.As("counsellor.belgrade").GetJsonAsync(Url)).AsArray(), s => (string?)s!["id"] == id);
        Assert.DoesNotContain((await api.As("counsellor.belgrade").GetJsonAsync($"{Url}?office=BA-SJJ")).AsArray(), s => (string?)s!["id"] == id);
        Assert.Contains((await api.As("manager").GetJsonAsync($"{Url}?office=BA-SJJ")).AsArray(), s => (string?)s!["id"] == id);
        Assert.Contains((await api.As("admin").GetJsonAsync(Url)).AsArray(), s => (string?)s!["id"] == id);
    }

    [Theory]
    [InlineData("requestedCounselling", 99, "requestedCounselling")] // more than came
    [InlineData("requestedCounselling", -1, "requestedCounselling")]
    [InlineData("girls", -2, "attendance.girls")]
    [InlineData("olderMen", 100000, "attendance.olderMen")]
    public async Task Bad_counts_are_refused_naming_the_field_and_nothing_is_written(string field, int value, string named)
    {
        var body = Session(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"));
        if (field == "requestedCounselling") body[field] = value;
        else body["attendance"]![field] = value;
        Assert.Equal([named], await RefusedAsync(body));
    }

    [Fact]
    public async Task Bad_fields_are_refused_by_name_and_only_the_offices_staff_record()
    {
        var before = await CountAsync();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        Assert.Equal(["date"], await RefusedAsync(Session(DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd"))));
        Assert.Equal(["language"], await RefusedAsync(Session(today, language: "Urdu")));
        Assert.Equal(["placeKind"], await RefusedAsync(Session(today, placeKind: "Mosque")));
        Assert.Equal(["placeName"], await RefusedAsync(Session(today, placeName: "")));
        var noCounselling = Session(today);
        noCounselling.Remove("requestedCounselling");
        Assert.Equal(["requestedCounselling"], await RefusedAsync(noCounselling));
        var empty = Session(today);
        foreach (var band in new[] { "girls", "boys", "women", "men", "olderWomen", "olderMen" }) empty["attendance"]![band] = 0;
        empty["requestedCounselling"] = 0;
        Assert.Equal(["attendance"], await RefusedAsync(empty));
        Assert.Equal(["from"], await RefusedListAsync($"{Url}?from=last-week"));

        Assert.Equal(HttpStatusCode.Forbidden, (await api.As("manager").PostAsJsonAsync(Url, Session(today))).StatusCode); // reads, does not record
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As("partner").GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As("operations").PostAsJsonAsync(Url, Session(today))).StatusCode);
        using var anonymous = api.Server.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Url)).StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    private static JsonObject Session(string date, string language = "ur", string placeKind = "ReceptionCentre", string placeName = "Ušivak reception centre") => new()
    {
        ["date"] = date, ["placeKind"] = placeKind, ["placeName"] = placeName, ["language"] = language, ["ranBy"] = "Amra (counsellor)",
        ["attendance"] = new JsonObject { ["girls"] = 1, ["boys"] = 2, ["women"] = 3, ["men"] = 5, ["olderWomen"] = 1, ["olderMen"] = 2 },
        ["requestedCounselling"] = 6,
    };

    private async Task<IReadOnlyList<string>> RefusedAsync(JsonObject body)
    {
        var response = await api.As("counsellor").PostAsJsonAsync(Url, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).ToList();
    }

    private async Task<IReadOnlyList<string>> RefusedListAsync(string url)
    {
        var response = await api.As("counsellor").GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).ToList();
    }

    private Task<int> CountAsync() => api.InDatabaseAsync(db => db.Set<InformationSession>().CountAsync());
}
