using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Server.Tests.Cases;

namespace ReturnWorkflows.Server.Tests.Reports;

/// <summary>
/// The funnel (<c>GET /api/reports/funnel</c> and <c>/reports/funnel</c>) on both providers, against data made the way
/// staff make it: information sessions recorded, cases opened, the intake review and counselling tasks completed,
/// departures, arrivals and plans recorded as milestones. Each figure is checked; a practice case counts nowhere, a
/// supervisor counts only their office, a period leaves out what happened outside it.
/// </summary>
public sealed class FunnelReportTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task The_funnel_counts_sessions_cases_and_milestone_dates_within_what_the_viewer_may_see(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var today = DateOnly.FromDateTime(env.Clock.GetUtcNow().UtcDateTime);
        var sarajevo = await env.AsAsync("counsellor");
        var belgrade = await env.AsAsync("counsellor.belgrade");

        // Sessions: 14 came and 6 asked for counselling at each; the Sarajevo one of two months ago is outside the period.
        await RecordSessionAsync(sarajevo, today.AddDays(-3));
        await RecordSessionAsync(sarajevo, today.AddDays(-60));
        await RecordSessionAsync(belgrade, today.AddDays(-1));

        // Cases, three persons each: two in Sarajevo, one in Belgrade, and a practice case in Sarajevo.
        var decided = await env.OpenFamilyAsync("FunnelDecided");
        var needsTime = await env.OpenFamilyAsync("FunnelNeedsTime");
        var practice = await OpenAsync(sarajevo, "FunnelPractice", isTest: true);
        var elsewhere = await OpenAsync(belgrade, "FunnelBelgrade");

        // Counselled through the lifecycle's own tasks: one family decides to return, the other needs time.
        await CounselAsync(env, decided, "Decided to return");
        await CounselAsync(env, needsTime, "Needs time");

        // Departed (all three), arrived (two), plan approved (one); the practice and Belgrade families departed too.
        var persons = await PersonsAsync(sarajevo, decided);
        await RecordAsync(sarajevo, decided, "Departed", today.AddDays(-2));
        await RecordAsync(sarajevo, decided, "Arrived", today.AddDays(-1), persons[0], persons[1]);
        await RecordAsync(sarajevo, decided, "PlanApproved", today, persons[0]);
        await RecordAsync(sarajevo, practice, "Departed", today.AddDays(-2));
        await RecordAsync(belgrade, elsewhere, "Departed", today.AddDays(-1));

        var period = $"from={today.AddDays(-30):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        //                                           reached asked opened counselled decided eligible departed arrived plan
        Assert.Equal(new[] { 28, 12, 3, 6, 3, 0, 6, 2, 1 }, await FunnelAsync(await env.AsAsync("admin"), period));
        Assert.Equal(new[] { 28, 12, 3, 6, 3, 0, 6, 2, 1 }, await FunnelAsync(await env.AsAsync("manager"), period)); // the programme's six offices
        Assert.Equal(new[] { 14, 6, 2, 6, 3, 0, 3, 2, 1 }, await FunnelAsync(await env.AsAsync("supervisor"), period)); // Sarajevo's
        Assert.Equal(new[] { 14, 6, 1, 0, 0, 0, 3, 0, 0 }, await FunnelAsync(await env.AsAsync("admin"), period + "&office=RS-BEG"));
        Assert.Equal(new[] { 14, 6, 2, 6, 3, 0, 3, 2, 1 }, await FunnelAsync(await env.AsAsync("supervisor"), period + "&programme=dk-avrr-wb"));
        Assert.Equal(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0 }, await FunnelAsync(await env.AsAsync("supervisor"), period + "&office=RS-BEG")); // not theirs
        // From the day before yesterday until yesterday: the cases opened and the plan approved today are outside, and so is the session three days ago.
        Assert.Equal(new[] { 14, 6, 0, 6, 3, 0, 6, 2, 0 },
            await FunnelAsync(await env.AsAsync("admin"), $"from={today.AddDays(-2):yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}"));

        // The answer's shape: the stages in order, each with what it counts.
        var answer = await (await env.AsAsync("admin")).GetJsonAsync($"/api/reports/funnel?{period}");
        Assert.Equal(["reached", "askedForCounselling", "casesOpened", "counselled", "decidedToReturn", "eligible", "departed", "arrived", "planApproved"],
            answer["stages"]!.AsArray().Select(s => (string)s!["stage"]!));
        Assert.Equal(["people", "people", "cases", "persons", "persons", "persons", "persons", "persons", "persons"],
            answer["stages"]!.AsArray().Select(s => (string)s!["unit"]!));

        // Who may not ask, and what is refused naming the field.
        Assert.Equal(HttpStatusCode.Forbidden, (await sarajevo.GetAsync($"/api/reports/funnel?{period}")).StatusCode);
        Assert.Equal(["to"], await RefusedAsync(await env.AsAsync("admin"), $"/api/reports/funnel?from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}"));
        Assert.Equal(["from"], await RefusedAsync(await env.AsAsync("admin"), $"/api/reports/funnel?to={today:yyyy-MM-dd}"));
        Assert.Equal(["from"], await RefusedAsync(await env.AsAsync("admin"), $"/api/reports/funnel?from=soon&to={today:yyyy-MM-dd}"));

        // The page shows the same numbers, to those the navigation offers it to.
        using var supervisorPage = await env.Server.SignedInAsync("supervisor");
        var page = WebUtility.HtmlDecode(await supervisorPage.GetStringAsync($"/reports/funnel?{period}"));
        Assert.Matches("<tr data-rw-stage=\"casesOpened\">\\s*<th scope=\"row\">Cases opened</th>\\s*<td>cases</td>\\s*<td class=\"text-end\">2</td>", page);
        Assert.Matches("<tr data-rw-stage=\"arrived\">\\s*<th scope=\"row\">Arrived</th>\\s*<td>persons</td>\\s*<td class=\"text-end\">2</td>", page);
        Assert.Contains("href=\"/reports/funnel\"", page);
        using var counsellorPage = await env.Server.SignedInAsync("counsellor");
        Assert.DoesNotContain("href=\"/reports/funnel\"", await counsellorPage.GetStringAsync("/cases"));
        var denied = await counsellorPage.GetAsync("/reports/funnel");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/denied", denied.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_milestone_is_refused_naming_the_field_when_a_step_writes_it_or_its_order_is_wrong(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var today = DateOnly.FromDateTime(env.Clock.GetUtcNow().UtcDateTime);
        var counsellor = await env.AsAsync("counsellor");
        var caseId = await env.OpenFamilyAsync("FunnelRefused");

        Assert.Equal(["milestone"], await RefusedMilestoneAsync(counsellor, caseId, "Counselled", today));
        Assert.Equal(["on"], await RefusedMilestoneAsync(counsellor, caseId, "Arrived", today)); // nobody departed yet
        Assert.Equal(["on"], await RefusedMilestoneAsync(counsellor, caseId, "Departed", today.AddDays(5)));
        Assert.Equal(0, await env.InDatabaseAsync(db => db.Set<ReturnWorkflows.Cases.Model.Person>()
            .CountAsync(p => p.CaseId == caseId && (p.DepartedOn != null || p.ArrivedOn != null))));

        // Recorded twice, the first date stays (the milestone is reached once).
        await RecordAsync(counsellor, caseId, "Departed", today.AddDays(-3));
        await RecordAsync(counsellor, caseId, "Departed", today.AddDays(-1));
        var dates = await env.InDatabaseAsync(db => db.Set<ReturnWorkflows.Cases.Model.Person>().Where(p => p.CaseId == caseId).Select(p => p.DepartedOn).ToListAsync());
        Assert.All(dates, d => Assert.Equal(today.AddDays(-3), d));
        Assert.Equal(HttpStatusCode.NotFound, (await (await env.AsAsync("counsellor.belgrade")).PostAsJsonAsync($"/api/cases/{caseId}/milestones",
            new JsonObject { ["version"] = 1, ["milestone"] = "Departed", ["on"] = today.ToString("yyyy-MM-dd") })).StatusCode);
    }

    private static async Task RecordSessionAsync(HttpClient counsellor, DateOnly date)
    {
        var response = await counsellor.PostAsJsonAsync("/api/information-sessions", new JsonObject
        {
            ["date"] = date.ToString("yyyy-MM-dd"), ["placeKind"] = "ReceptionCentre", ["placeName"] = "Reception centre", ["language"] = "ur",
            ["ranBy"] = "Counsellor", ["requestedCounselling"] = 6,
            ["attendance"] = new JsonObject { ["girls"] = 1, ["boys"] = 2, ["women"] = 3, ["men"] = 5, ["olderWomen"] = 1, ["olderMen"] = 2 },
        });
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Session: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<string> OpenAsync(HttpClient counsellor, string family, bool isTest = false)
    {
        var body = CaseBodies.Intake(family);
        body["isTest"] = isTest;
        var response = await counsellor.PostAsJsonAsync("/api/cases", body);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Intake: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!;
    }

    private static async Task<string[]> PersonsAsync(HttpClient client, string caseId) =>
        [.. (await client.GetJsonAsync($"/api/cases/{caseId}"))["persons"]!.AsArray().Select(p => (string)p!["id"]!)];

    private static async Task RecordAsync(HttpClient client, string caseId, string milestone, DateOnly on, params string[] persons)
    {
        var response = await PostMilestoneAsync(client, caseId, milestone, on, persons);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Milestone: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<HttpResponseMessage> PostMilestoneAsync(HttpClient client, string caseId, string milestone, DateOnly on, string[] persons)
    {
        var version = (int)(await client.GetJsonAsync($"/api/cases/{caseId}"))["version"]!;
        var body = new JsonObject { ["version"] = version, ["milestone"] = milestone, ["on"] = on.ToString("yyyy-MM-dd") };
        if (persons.Length > 0) body["personIds"] = new JsonArray([.. persons.Select(p => (JsonNode)p)]);
        return await client.PostAsJsonAsync($"/api/cases/{caseId}/milestones", body);
    }

    private static async Task<IReadOnlyList<string>> RefusedMilestoneAsync(HttpClient client, string caseId, string milestone, DateOnly on)
    {
        var response = await PostMilestoneAsync(client, caseId, milestone, on, []);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).ToList();
    }

    private static async Task<int[]> FunnelAsync(HttpClient client, string query) =>
        [.. (await client.GetJsonAsync($"/api/reports/funnel?{query}"))["stages"]!.AsArray().Select(s => (int)s!["count"]!)];

    private static async Task<IReadOnlyList<string>> RefusedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).ToList();
    }

    /// <summary>The intake review passed, then the counselling session completed with <paramref name="decision"/>, as the counsellor does in the inbox.</summary>
    private static async Task CounselAsync(ClockedCaseServer env, string caseId, string decision)
    {
        var counsellor = await env.AsAsync("counsellor");
        await CompleteAsync(counsellor, await OpenTaskAsync(env, caseId, "Intake review"), "Complete", new JsonObject { ["note"] = "Checked." });
        await CompleteAsync(counsellor, await OpenTaskAsync(env, caseId, "Counselling session"), decision, new JsonObject
        {
            ["sessionDate"] = DateOnly.FromDateTime(env.Clock.GetUtcNow().UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd"), ["language"] = "Urdu",
            ["interpreterUsed"] = true, ["interpreter"] = "Interpreter Two", ["returnProcessExplained"] = true, ["alternativesExplained"] = true,
            ["rightToWithdrawExplained"] = true, ["reintegrationSupportExplained"] = true, ["countrySheetVersion"] = "PK-2026-03",
        });
    }

    private static async Task<string> OpenTaskAsync(ClockedCaseServer env, string caseId, string title) =>
        await env.InDatabaseAsync(db => db.HumanTasks
            .Where(t => t.CaseId == caseId && t.Title == title && t.Status == HumanTaskStatus.Open).Select(t => t.Id).SingleAsync());

    private static async Task CompleteAsync(HttpClient client, string taskId, string outcome, JsonObject form)
    {
        var response = await client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new JsonObject { ["outcome"] = outcome, ["form"] = form });
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Complete: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
