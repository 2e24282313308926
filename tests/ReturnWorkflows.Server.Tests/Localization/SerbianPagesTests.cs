using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests.Localization;

/// <summary>
/// Every page we have, rendered in Serbian for each role that sees a different part of it: none may show an English
/// text from our resources (a key missing from a <c>.sr-Latn-RS.resx</c>); the API's problem details speak Serbian
/// too, with the field names in <c>errors</c> unchanged. Deleting one Serbian entry makes this fail, naming it.
/// </summary>
public sealed partial class SerbianPagesTests : IAsyncLifetime
{
    private const string AutomationKey = "localisation-tests-administrator-key-0123456789";
    private readonly string _database = ServerFactory.NewSqliteDatabase();
    private ServerFactory _server = null!;
    private MissingTranslations _missing = null!;

    public Task InitializeAsync()
    {
        var settings = ServerFactory.Sqlite(_database);
        settings["ReturnWorkflows:ApiKey"] = AutomationKey;
        _server = new ServerFactory(settings, host => host.ConfigureTestServices(services =>
        {
            services.AddSingleton<ResourceManagerStringLocalizerFactory>();
            services.AddSingleton<MissingTranslations>(s => new MissingTranslations(s.GetRequiredService<ResourceManagerStringLocalizerFactory>()));
            services.AddSingleton<IStringLocalizerFactory>(s => s.GetRequiredService<MissingTranslations>());
        }));
        _missing = _server.Services.GetRequiredService<MissingTranslations>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        ServerFactory.DeleteSqlite(_database);
    }

    [Fact]
    public async Task Every_page_in_serbian_has_every_text_translated()
    {
        using var manager = await _server.WithAccessTokenAsync("manager");
        var definition = JsonNode.Parse(Workflows.CounsellingDecisionWithForm("BA-SJJ"))!;
        (await manager.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = definition, ["publish"] = true })).EnsureSuccessStatusCode();
        // Started by automation: a designer's token would make it a test run, in nobody's office queue.
        using var automation = _server.WithApiKey(AutomationKey);
        (await automation.PostAsJsonAsync("/elsa/api/workflow-definitions/counselling-decision/execute", new { })).EnsureSuccessStatusCode();

        using var anonymous = Serbian(_server.NewClient());
        var signIn = await PageAsync(anonymous, "/account/sign-in");
        Assert.Contains("<html lang=\"sr-Latn-RS\">", signIn);
        Assert.Contains("Korisničko ime", signIn);
        foreach (var code in new[] { 400, 401, 403, 404, 429, 500 })
            await PageAsync(anonymous, $"/status/{code}", expected: code);
        await PageAsync(anonymous, "/account/signed-out");

        using var counsellor = Serbian(await _server.SignedInAsync("counsellor"));
        Assert.Contains("Otvorite svoje zadatke", await PageAsync(counsellor, "/"));
        Assert.Contains("Još vam ništa nije dodeljeno, ali u vašoj kancelariji čeka 1 otvoren zadatak", await PageAsync(counsellor, "/inbox"));
        var queue = await PageAsync(counsellor, "/inbox?view=office");
        foreach (var view in new[] { "due-soon", "overdue" }) await PageAsync(counsellor, $"/inbox?view={view}");
        await PageAsync(counsellor, "/account/denied", expected: 403);
        var taskId = TaskLink().Match(queue).Groups[1].Value;
        Assert.Contains("Preuzmi zadatak", await PageAsync(counsellor, $"/inbox/{taskId}"));

        // A case page, with its contact log listed and its form.
        using var intake = await _server.WithAccessTokenAsync("counsellor");
        var opened = await intake.PostAsJsonAsync("/api/cases", Cases.CaseBodies.Intake("Serbian"));
        var caseId = (string)(await opened.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!;
        var person = (string)(await intake.GetJsonAsync($"/api/cases/{caseId}"))["persons"]![0]!["id"]!;
        (await intake.PostAsJsonAsync($"/api/cases/{caseId}/persons/{person}/contacts",
            new JsonObject { ["contactedAt"] = DateTimeOffset.UtcNow.ToString("O"), ["channel"] = "Phone", ["reached"] = true, ["note"] = null })).EnsureSuccessStatusCode();
        (await intake.PostAsJsonAsync($"/api/cases/{caseId}/notes", new JsonObject { ["text"] = "Beleška" })).EnsureSuccessStatusCode();
        var casePage = await PageAsync(counsellor, $"/cases/{caseId}");
        Assert.Contains("Zabeležite kontakt", casePage);
        Assert.Contains("je napisao/la belešku.", casePage); // the timeline
        Assert.Contains("Revizijski trag", await PageAsync(Serbian(await _server.SignedInAsync("supervisor")), $"/cases/{caseId}/audit"));

        // Information sessions: empty, the form, a refused form, and the list with one.
        Assert.Contains("U ovom periodu nema informativnih sesija.", await PageAsync(counsellor, "/outreach"));
        Assert.Contains("Ko je došao", await PageAsync(counsellor, "/outreach/new"));
        (await intake.PostAsJsonAsync("/api/information-sessions", new JsonObject
        {
            ["date"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), ["placeKind"] = "ReceptionCentre", ["placeName"] = "Ušivak",
            ["language"] = "ur", ["ranBy"] = "Amra", ["requestedCounselling"] = 1,
            ["attendance"] = new JsonObject { ["girls"] = 0, ["boys"] = 0, ["women"] = 1, ["men"] = 2, ["olderWomen"] = 0, ["olderMen"] = 0 },
        })).EnsureSuccessStatusCode();
        Assert.Contains("Prihvatni centar", await PageAsync(counsellor, "/outreach"));
        Assert.Contains("Prihvatni centar", await PageAsync(Serbian(await _server.SignedInAsync("manager")), "/outreach?office=BA-SJJ"));

        using var supervisor = Serbian(await _server.SignedInAsync("supervisor"));
        // The funnel report, as a manager (the programme's offices) and as a supervisor (their office).
        Assert.Contains("Izveštaj o toku", await PageAsync(Serbian(await _server.SignedInAsync("manager")), "/reports/funnel"));
        Assert.Contains("Otvoreni slučajevi", await PageAsync(supervisor, "/reports/funnel"));
        Assert.Contains("Nadzor", await PageAsync(supervisor, $"/inbox/{taskId}"));
        Assert.Contains("Verzije", await PageAsync(Serbian(await _server.SignedInAsync("manager")), "/workflows/counselling-decision/history"));
        using var administrator = Serbian(await _server.SignedInAsync("admin"));
        Assert.Contains("Dodaj korisnika", await PageAsync(administrator, "/admin/users"));
        Assert.Contains("Menadžer programa", await PageAsync(administrator, "/admin/users/new"));
        Assert.Contains("Deaktiviraj", await PageAsync(administrator, "/admin/users/counsellor"));
        Assert.Contains("Zemlje povratka", await PageAsync(administrator, "/admin/reference-data"));
        Assert.Contains("Od slučaja do slučaja", await PageAsync(administrator, "/admin/countries/PK"));
        Assert.Contains("Prima migrante", await PageAsync(administrator, "/admin/offices/BA-SJJ"));
        Assert.Contains("Obećani povratci", await PageAsync(administrator, "/admin/programmes/dk-avrr-wb"));
        await PageAsync(administrator, "/admin/countries/new");
        await PageAsync(administrator, "/admin/offices/new");
        await PageAsync(administrator, "/admin/programmes/new");

        // The case flagged by a change of its country's status, as the supervisor who clears it sees it.
        using var adminApi = await _server.WithAccessTokenAsync("admin");
        (await adminApi.PutAsJsonAsync("/api/countries/PK", new JsonObject
        {
            ["name"] = "Pakistan", ["status"] = "CaseByCase", ["statusEffectiveFrom"] = DateTime.UtcNow.ToString("yyyy-MM-dd"),
        })).EnsureSuccessStatusCode();
        Assert.Contains("Promenjen status zemlje", await PageAsync(supervisor, $"/cases/{caseId}"));

        Assert.True(_missing.Missing.IsEmpty, "Not in the Serbian resources:\n" + string.Join("\n", _missing.Missing.Keys.Order()));
    }

    [Fact]
    public async Task The_apis_problem_details_are_in_serbian_and_keep_the_field_names()
    {
        using var counsellor = Serbian(await _server.WithAccessTokenAsync("counsellor"));

        var answer = await counsellor.PostAsync("/api/tasks/none/complete", new StringContent("""{"outcome":"x","bogus":1}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = (await answer.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Zahtev nije ispravan", (string?)problem["title"]);
        Assert.StartsWith("„bogus” nije polje ovog zahteva", (string?)problem["errors"]!["bogus"]![0]);
        Assert.True(_missing.Missing.IsEmpty, "Not in the Serbian resources:\n" + string.Join("\n", _missing.Missing.Keys.Order()));
    }

    private static HttpClient Serbian(HttpClient client)
    {
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(MissingTranslations.Culture);
        return client;
    }

    private static async Task<string> PageAsync(HttpClient client, string path, int expected = 200)
    {
        var response = await client.GetAsync(path);
        Assert.True((int)response.StatusCode == expected, $"{path}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("href=\"/inbox/([^\"?/]+)\"")]
    private static partial Regex TaskLink();
}
