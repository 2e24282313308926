using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using static ReturnWorkflows.Server.Tests.Cases.CaseSteps;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>The reintegration and monitoring phases worked as the origin office does, for tests that go past them.</summary>
public static class MonitoringSteps
{
    /// <summary>The sample survey's answers: a household doing well economically, less so socially.</summary>
    public static JsonObject SampleAnswers() => new()
    {
        ["income"] = "covers", ["work"] = "regular", ["unexpected-expense"] = "with-difficulty",
        ["housing"] = "partly", ["health-care"] = "sometimes", ["schooling"] = "no-children",
        ["belonging"] = "yes", ["distress"] = "sometimes", ["safety"] = "yes",
    };

    /// <summary>The demo programme ends on <paramref name="on"/> (monitoring plans nothing after it).</summary>
    public static async Task ProgrammeEndsAsync(ClockedCaseServer env, DateOnly on)
    {
        var programme = await env.InDatabaseAsync(db => db.Programmes.SingleAsync());
        var client = await env.Server.WithAccessTokenAsync("admin");
        var body = System.Text.Json.JsonSerializer.SerializeToNode(programme, ReturnWorkflows.Engine.Serialization.EngineJson.Options)!.AsObject();
        body["endDate"] = on.ToString("O");
        if (on < programme.LastDepartureDate) (body["lastDepartureDate"], body["lastIntakeDate"]) = (on.ToString("O"), on.ToString("O"));
        var saved = await client.PutAsJsonAsync($"/api/programmes/{programme.Id}", body);
        if (!saved.IsSuccessStatusCode) throw new HttpRequestException($"Programme end: {(int)saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
    }

    /// <summary>One item planned, submitted, approved and delivered: the case then enters its monitoring phase.</summary>
    public static async Task ReintegratedAsync(ClockedCaseServer env, string caseId)
    {
        Task<HttpClient> Origin() => env.Server.WithAccessTokenAsync("reintegration");
        var version = (int)(await (await Origin()).GetJsonAsync($"/api/cases/{caseId}"))["version"]!;
        var added = await (await Origin()).PostAsJsonAsync($"/api/cases/{caseId}/reintegration/items", new JsonObject
        {
            ["version"] = version, ["kind"] = "MicroBusiness", ["description"] = "Tailoring shop", ["amount"] = 1_500, ["modality"] = "InKind", ["referralNeeded"] = false,
        });
        if (!added.IsSuccessStatusCode) throw new HttpRequestException(await added.Content.ReadAsStringAsync());
        await CompleteAsync(env, "reintegration", caseId, "Reintegration plan", "Submitted", new JsonObject { ["agreedOn"] = Today(env) });
        await CompleteAsync(env, "manager", caseId, "Approve the reintegration plan", "Approved", new JsonObject());
        var planned = await (await Origin()).GetJsonAsync($"/api/cases/{caseId}");
        var delivered = await (await Origin()).PostAsJsonAsync($"/api/cases/{caseId}/reintegration/items/{(string)planned["reintegration"]!["plan"]!["items"]![0]!["id"]!}/delivery",
            new JsonObject { ["version"] = (int)planned["version"]!, ["deliveredOn"] = Today(env), ["note"] = "Sewing machines handed over" });
        if (!delivered.IsSuccessStatusCode) throw new HttpRequestException(await delivered.Content.ReadAsStringAsync());
        await CompleteAsync(env, "reintegration", caseId, "Deliver the reintegration plan", "All delivered", new JsonObject());
    }

    public static async Task<HttpResponseMessage> TrySurveyAsync(ClockedCaseServer env, string caseId, string round, JsonObject answers, string? personId = null)
    {
        var client = await env.Server.WithAccessTokenAsync("reintegration");
        var seen = await client.GetJsonAsync($"/api/cases/{caseId}");
        return await client.PostAsJsonAsync($"/api/cases/{caseId}/monitoring/surveys", new JsonObject
        {
            ["version"] = (int)seen["version"]!, ["round"] = round, ["personId"] = personId ?? (string)seen["reintegration"]!["returneeIds"]![0]!,
            ["answeredOn"] = Today(env), ["answers"] = answers,
        });
    }

    public static async Task SurveyAsync(ClockedCaseServer env, string caseId, string round)
    {
        var recorded = await TrySurveyAsync(env, caseId, round, SampleAnswers());
        if (!recorded.IsSuccessStatusCode) throw new HttpRequestException($"Survey {round}: {(int)recorded.StatusCode} {await recorded.Content.ReadAsStringAsync()}");
    }

    /// <summary>The case's monitoring plan as the case page shows it.</summary>
    public static async Task<JsonObject> MonitoringAsync(ClockedCaseServer env, string caseId) =>
        (await (await env.Server.WithAccessTokenAsync("reintegration")).GetJsonAsync($"/api/cases/{caseId}"))["reintegration"]!["monitoring"]!.AsObject();

    /// <summary>
    /// Every planned contact made as its task appears (the clock moved to the day each appears, 7 days before it is
    /// due); answers the planned days in order.
    /// </summary>
    public static async Task<List<DateOnly>> MakeEveryContactAsync(ClockedCaseServer env, string caseId)
    {
        var days = new List<DateOnly>();
        while ((await MonitoringAsync(env, caseId))["visits"]!.AsArray().FirstOrDefault(v => (string?)v!["status"] == "Planned") is { } next)
        {
            var day = DateOnly.Parse((string)next["plannedOn"]!);
            var appears = day.AddDays(-7).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            if (appears > env.Clock.GetUtcNow().UtcDateTime) env.Clock.Advance(appears - env.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(1));
            await DrainAsync(env);
            var task = await TaskAsync(env, caseId, "Monitoring visit");
            Xunit.Assert.Equal(("ReintegrationOfficer", "PK-ISB"), (task.CandidateRole, task.CandidateOffice));
            // Due at the end of the planned day in Islamabad (UTC+5).
            Xunit.Assert.Equal(day.ToDateTime(new TimeOnly(18, 59), DateTimeKind.Utc), task.DueAt);
            await CompleteAsync(env, "reintegration", caseId, "Monitoring visit", "Held",
                new JsonObject { ["heldOn"] = Today(env), ["channel"] = "Visit", ["note"] = "Shop open, two customers waiting." });
            days.Add(day);
        }
        return days;
    }
}
