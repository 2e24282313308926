using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Duplicates;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// <c>POST /api/cases/duplicate-check</c>: a Belgrade counsellor's check finds a Sarajevo person under another
/// spelling and hears only the office; bad input is named; only those who register cases may ask, signed in.
/// </summary>
public sealed class DuplicateCheckApiTests(CaseServer api) : IClassFixture<CaseServer>
{
    private const string Url = "/api/cases/duplicate-check";

    [Fact]
    public async Task The_answer_names_the_office_and_nothing_of_the_other_case()
    {
        var opened = await api.OpenFamilyAsync(family: "Hussain");
        var caseId = (string)opened["caseId"]!;
        var number = (string)opened["number"]!;

        var response = await api.As("counsellor.belgrade").PostAsJsonAsync(Url, Check("Amina", "Husain", estimatedYear: 1991));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var answer = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(["possibleMatch", "offices"], answer.Select(p => p.Key));
        Assert.True((bool)answer["possibleMatch"]!);
        var office = Assert.Single(answer["offices"]!.AsArray())!.AsObject();
        Assert.Equal(["code", "name"], office.Select(p => p.Key));
        Assert.Equal("BA-SJJ", (string)office["code"]!);
        foreach (var secret in new[] { caseId, number, "Hussain", "Amina", "Tariq" })
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);

        // Swapped names find her too; her husband's year does not make her a match.
        Assert.True((bool)(await api.As("counsellor.belgrade").CheckDuplicateAsync(Check("Husain", "Amina", estimatedYear: 1990)))["possibleMatch"]!);
        Assert.False((bool)(await api.As("counsellor.belgrade").CheckDuplicateAsync(Check("Amina", "Husain", estimatedYear: 1980)))["possibleMatch"]!);
        Assert.DoesNotContain(api.Logs.Lines, line => line.Contains("Husain"));
    }

    [Fact]
    public async Task A_member_joining_a_case_is_checked_with_the_case_and_kept_apart_when_not_the_same_person()
    {
        await api.OpenFamilyAsync("counsellor.belgrade", family: "Joined");
        var caseId = (string)(await api.OpenFamilyAsync(family: "Joining"))["caseId"]!;
        var counsellor = api.As("counsellor");

        // Before adding her: Belgrade knows someone like her (the case's own persons left out), and nothing more.
        var check = Check("Aminah", "Joined", estimatedYear: 1990);
        check["caseId"] = caseId;
        var answer = await counsellor.CheckDuplicateAsync(check);
        Assert.True((bool)answer["possibleMatch"]!);
        Assert.Equal("RS-BEG", (string)answer["offices"]![0]!["code"]!);
        Assert.DoesNotContain("Joined", answer.ToJsonString());

        // Belgrade said it is someone else: she is added as not the same person.
        var version = (int)(await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["version"]!;
        var member = CaseBodies.Person(CaseBodies.Details("Aminah", "Joined", "Sibling"), CaseBodies.Consent());
        member["notSamePersonAsKnown"] = true;
        var added = await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/persons", new JsonObject { ["version"] = version, ["member"] = member });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var person = (string)(await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["persons"]!.AsArray()
            .Single(p => (string?)p!["details"]!["givenNames"] == "Aminah")!["id"]!;
        Assert.Equal(1, await api.InDatabaseAsync(db => db.Set<ReturnWorkflows.Cases.Model.PersonDistinction>().CountAsync(d => d.PersonId == person)));

        // A later check for her on that case is quiet; a new intake of the same name still hears of Belgrade.
        check["personId"] = person;
        Assert.False((bool)(await counsellor.CheckDuplicateAsync(check))["possibleMatch"]!);
        Assert.True((bool)(await counsellor.CheckDuplicateAsync(Check("Aminah", "Joined", estimatedYear: 1990)))["possibleMatch"]!);
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_logged()
    {
        var before = await api.InDatabaseAsync(db => db.Set<DuplicateCheckRecord>().CountAsync());
        Assert.Equal(["nationality"], await RefusedAsync(Check("Amina", "Khan", estimatedYear: 1990, nationality: "Pakistan")));
        Assert.Equal(["dateOfBirth"], await RefusedAsync(Check("Amina", "Khan", estimatedYear: null)));
        Assert.Equal(["dateOfBirth"], await RefusedAsync(Check("Amina", "Khan", estimatedYear: null, born: DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd"))));
        Assert.Equal(["estimatedBirthYear"], await RefusedAsync(Check("Amina", "Khan", estimatedYear: 1800)));
        Assert.Equal(["familyName"], await RefusedAsync(Check("Amina", "", estimatedYear: 1990)));
        Assert.Equal(["dateOfBirth"], await RefusedAsync(new JsonObject { ["givenNames"] = "Amina", ["familyName"] = "Khan", ["nationality"] = "PK", ["dateOfBirth"] = "yesterday" }));
        Assert.Equal(before, await api.InDatabaseAsync(db => db.Set<DuplicateCheckRecord>().CountAsync()));
    }

    [Fact]
    public async Task Only_case_workers_signed_in_may_check()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As("partner").PostAsJsonAsync(Url, Check("Amina", "Khan", 1990))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As("manager").PostAsJsonAsync(Url, Check("Amina", "Khan", 1990))).StatusCode);
        using var anonymous = api.Server.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync(Url, Check("Amina", "Khan", 1990))).StatusCode);
    }

    private static JsonObject Check(string given, string family, int? estimatedYear, string nationality = "PK", string? born = null) => new()
    {
        ["givenNames"] = given, ["familyName"] = family, ["dateOfBirth"] = born, ["estimatedBirthYear"] = estimatedYear, ["nationality"] = nationality,
    };

    private async Task<IReadOnlyList<string>> RefusedAsync(JsonObject body)
    {
        var response = await api.As("counsellor").PostAsJsonAsync(Url, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).ToList();
    }
}

internal static class DuplicateCheckClient
{
    public static async Task<JsonObject> CheckDuplicateAsync(this HttpClient client, JsonObject body)
    {
        var response = await client.PostAsJsonAsync("/api/cases/duplicate-check", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
