using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Testing;
using static ReturnWorkflows.Server.Tests.Cases.CaseSteps;
using static ReturnWorkflows.Server.Tests.Cases.MonitoringSteps;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// The monitoring phase with the clock skipped, on both providers: contacts after the programme's end are not planned
/// and shown as cut; a monitoring phase redesigned while a case is still in reintegration is the one the case enters;
/// the sustainability survey refuses bad answers (naming them, changing nothing) and keeps its scores.
/// </summary>
public sealed class MonitoringTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Contacts_after_the_programmes_end_are_not_planned_and_shown_as_cut(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Cut");
        await DocumentedAsync(env, caseId, DateOnly.Parse(Today(env)).AddDays(90), medicalNeed: false);
        await StartTravelAsync(env, caseId);
        var arrivedOn = await TravelAndArriveAsync(env, caseId);
        var programmeEnd = arrivedOn.AddMonths(4);
        await ProgrammeEndsAsync(env, programmeEnd);

        await ReintegratedAsync(env, caseId);

        Assert.Equal(WorkflowStatus.Running, (await PhasesAsync(env, caseId))["monitoring"].Status);
        var monitoring = await MonitoringAsync(env, caseId);
        Assert.Equal((arrivedOn.ToString("O"), programmeEnd.ToString("O"), true), ((string?)monitoring["arrivedOn"], (string?)monitoring["programmeEndsOn"], (bool)monitoring["inSample"]!));
        var visits = monitoring["visits"]!.AsArray().Select(v => ((int)v!["monthsAfterArrival"]!, (string?)v["plannedOn"], (string?)v["status"])).ToList();
        Assert.Equal([
            (1, arrivedOn.AddMonths(1).ToString("O"), "Planned"), (3, arrivedOn.AddMonths(3).ToString("O"), "Planned"),
            (6, arrivedOn.AddMonths(6).ToString("O"), "AfterProgrammeEnd"), (12, arrivedOn.AddMonths(12).ToString("O"), "AfterProgrammeEnd"),
        ], visits);

        // The baseline survey first; the task completes only once a response of its round is recorded.
        var early = await TryCompleteAsync(env, "reintegration", caseId, "Sustainability survey (baseline)", "Recorded", new JsonObject());
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        await SurveyAsync(env, caseId, "Baseline");
        await CompleteAsync(env, "reintegration", caseId, "Sustainability survey (baseline)", "Recorded", new JsonObject());

        // Only the two contacts before the programme's end are made; then the survey at the end.
        Assert.Equal([arrivedOn.AddMonths(1), arrivedOn.AddMonths(3)], await MakeEveryContactAsync(env, caseId));
        await DrainAsync(env);
        Assert.NotNull(await FindTaskAsync(env, caseId, "Sustainability survey (end of monitoring)"));
        Assert.Null(await FindTaskAsync(env, caseId, "Monitoring visit"));
        var after = (await MonitoringAsync(env, caseId))["visits"]!.AsArray();
        Assert.Equal(["Held", "Held", "AfterProgrammeEnd", "AfterProgrammeEnd"], after.Select(v => (string?)v!["status"]));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_monitoring_phase_redesigned_while_a_case_is_in_reintegration_is_the_one_it_enters(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        // While the case is in reintegration, a manager publishes monitoring with two contacts, the first by phone.
        var (caseId, arrivedOn) = await ArrivedThenMonitoringRedesignedAsync(env, "Redesigned", "schedule", "String", "+2 months by phone, +6 months");
        await ReintegratedAsync(env, caseId);

        Assert.Equal(2, (await PhasesAsync(env, caseId))["monitoring"].DefinitionVersion);
        var visits = (await MonitoringAsync(env, caseId))["visits"]!.AsArray()
            .Select(v => ((int)v!["monthsAfterArrival"]!, (string?)v["channel"], (string?)v["plannedOn"])).ToList();
        Assert.Equal([(2, "PhoneCall", arrivedOn.AddMonths(2).ToString("O")), (6, "Visit", arrivedOn.AddMonths(6).ToString("O"))], visits);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_sampling_monitoring_step_records_the_cases_draw_and_monitors_only_a_case_in_the_sample(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var (caseId, _) = await ArrivedThenMonitoringRedesignedAsync(env, "Sampled", "samplePercent", "Int32", "50");
        await ReintegratedAsync(env, caseId);

        // The draw comes from the case's id, so the test knows which way this case goes, and checks that way.
        var draw = ReturnWorkflows.Cases.Activities.MonitoringPlanning.DrawFor(caseId);
        var monitoring = await MonitoringAsync(env, caseId);
        Assert.Equal((50, draw, draw < 50), ((int?)monitoring["sampleSharePercent"], (int?)monitoring["sampleDraw"], (bool)monitoring["inSample"]!));
        if (draw < 50)
        {
            Assert.Equal(4, monitoring["visits"]!.AsArray().Count);
            Assert.NotNull(await FindTaskAsync(env, caseId, "Sustainability survey (baseline)"));
        }
        else
        {
            Assert.Empty(monitoring["visits"]!.AsArray());
            Assert.NotNull(await FindTaskAsync(env, caseId, "Propose closing the case: support ended"));
        }
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task The_survey_refuses_bad_answers_and_keeps_every_answer_with_its_scores(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Surveyed");
        await DocumentedAsync(env, caseId, DateOnly.Parse(Today(env)).AddDays(90), medicalNeed: false);
        await StartTravelAsync(env, caseId);
        await TravelAndArriveAsync(env, caseId);
        var version = (int)(await (await env.Server.WithAccessTokenAsync("reintegration")).GetJsonAsync($"/api/cases/{caseId}"))["version"]!;

        // An answer that is not an option, a missing answer, the end before the baseline: refused naming the field, nothing changed.
        var unknown = SampleAnswers();
        unknown["income"] = "plenty";
        await AssertRefusedAsync(await TrySurveyAsync(env, caseId, "Baseline", unknown), "answers.income");
        var missing = SampleAnswers();
        missing.Remove("safety");
        await AssertRefusedAsync(await TrySurveyAsync(env, caseId, "Baseline", missing), "answers.safety");
        await AssertRefusedAsync(await TrySurveyAsync(env, caseId, "Endline", SampleAnswers()), "round");
        await AssertRefusedAsync(await TrySurveyAsync(env, caseId, "Baseline", SampleAnswers(), personId: "someone-else"), "personId");
        Assert.Equal(version, (int)(await (await env.Server.WithAccessTokenAsync("reintegration")).GetJsonAsync($"/api/cases/{caseId}"))["version"]!);
        // The partner of the origin office is shown nothing of the case.
        var partner = await (await env.Server.WithAccessTokenAsync("partner")).PostAsJsonAsync($"/api/cases/{caseId}/monitoring/surveys", new JsonObject
        {
            ["version"] = version, ["round"] = "Baseline", ["personId"] = "x", ["answeredOn"] = Today(env), ["answers"] = SampleAnswers(),
        });
        Assert.Equal(HttpStatusCode.NotFound, partner.StatusCode);

        await SurveyAsync(env, caseId, "Baseline");

        var response = Assert.Single((await (await env.Server.WithAccessTokenAsync("reintegration")).GetJsonAsync($"/api/cases/{caseId}"))["reintegration"]!["surveys"]!.AsArray())!;
        Assert.Equal(("reintegration-sustainability", 1), ((string?)response["surveyId"], (int)response["surveyVersion"]!));
        Assert.Equal("covers", (string?)response["answers"]!["income"]);
        // Economic (1×2 + 1×2 + 0.5×1) / 5; social without the question that does not apply (0.5×2 + 0.5×1) / 3;
        // psychosocial (1 + 0.5×2 + 1) / 4; all (4.5 + 1.5 + 3) / 12.
        Assert.Equal((0.9m, 0.5m, 0.75m, 0.75m), ((decimal)response["economicScore"]!, (decimal)response["socialScore"]!,
            (decimal)response["psychosocialScore"]!, (decimal)response["compositeScore"]!));
        var audited = await env.InDatabaseAsync(db => db.CaseAudit.Where(a => a.CaseId == caseId && a.Field != null && a.Field.StartsWith("monitoring.surveys")).CountAsync());
        Assert.Equal(1, audited);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_case_closed_during_monitoring_and_reopened_resumes_at_monitoring_keeping_what_was_done(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Reopened");
        await DocumentedAsync(env, caseId, DateOnly.Parse(Today(env)).AddDays(90), medicalNeed: false);
        await StartTravelAsync(env, caseId);
        var arrivedOn = await TravelAndArriveAsync(env, caseId);
        await ProgrammeEndsAsync(env, arrivedOn.AddYears(2));
        await ReintegratedAsync(env, caseId);
        await SurveyAsync(env, caseId, "Baseline");
        await CompleteAsync(env, "reintegration", caseId, "Sustainability survey (baseline)", "Recorded", new JsonObject());
        env.Clock.Advance(arrivedOn.AddMonths(1).AddDays(-7).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - env.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromHours(1));
        await DrainAsync(env);
        await CompleteAsync(env, "reintegration", caseId, "Monitoring visit", "Held", new JsonObject { ["heldOn"] = Today(env), ["channel"] = "PhoneCall", ["note"] = "Fine" });

        // They moved away; the case is closed, then they come back and a manager reopens it.
        var manager = await env.Server.WithAccessTokenAsync("manager");
        var seen = await (await env.Server.WithAccessTokenAsync("supervisor")).GetJsonAsync($"/api/cases/{caseId}");
        var proposed = await (await env.Server.WithAccessTokenAsync("supervisor")).PostAsJsonAsync($"/api/cases/{caseId}/closure",
            new JsonObject { ["version"] = (int)seen["version"]!, ["reason"] = "MovedAway", ["note"] = "Moved to Lahore" });
        Assert.True(proposed.IsSuccessStatusCode, await proposed.Content.ReadAsStringAsync());
        var version = (int)(await manager.GetJsonAsync($"/api/cases/{caseId}"))["version"]!;
        Assert.True((await manager.PostAsJsonAsync($"/api/cases/{caseId}/closure/decision", new JsonObject { ["version"] = version, ["approve"] = true })).IsSuccessStatusCode);
        version = (int)(await manager.GetJsonAsync($"/api/cases/{caseId}"))["version"]!;
        var reopened = await manager.PostAsJsonAsync($"/api/cases/{caseId}/reopening", new JsonObject { ["version"] = version, ["reason"] = "Back in Rawalpindi, asks for follow-up" });
        Assert.True(reopened.IsSuccessStatusCode, await reopened.Content.ReadAsStringAsync());

        // Resumed at monitoring, not at the start: the contact made stays, the baseline is not asked again, the +3-month contact is next.
        var monitoring = await env.InDatabaseAsync(db => db.WorkflowInstances.Where(i => i.CaseId == caseId && i.DefinitionId == "monitoring")
            .OrderBy(i => i.CreatedAt).Select(i => i.SubStatus).ToListAsync());
        Assert.Equal([WorkflowSubStatus.Cancelled, WorkflowSubStatus.Suspended], monitoring);
        Assert.Equal(1, await env.InDatabaseAsync(db => db.WorkflowInstances.CountAsync(i => i.CaseId == caseId && i.DefinitionId == "counselling-and-eligibility")));
        Assert.Null(await FindTaskAsync(env, caseId, "Sustainability survey (baseline)"));
        var visits = (await MonitoringAsync(env, caseId))["visits"]!.AsArray().Select(v => ((int)v!["monthsAfterArrival"]!, (string?)v["status"])).ToList();
        Assert.Equal([(1, "Held"), (3, "Planned"), (6, "Planned"), (12, "Planned")], visits);
        env.Clock.Advance(arrivedOn.AddMonths(3).AddDays(-7).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - env.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromHours(1));
        await DrainAsync(env);
        Assert.NotNull(await FindTaskAsync(env, caseId, "Monitoring visit"));
    }

    /// <summary>
    /// A family arrived in Islamabad (the programme running two years past the arrival), and then the monitoring phase
    /// published as version 2 with one input of its planning step changed: what a manager's redesign does.
    /// </summary>
    private static async Task<(string CaseId, DateOnly ArrivedOn)> ArrivedThenMonitoringRedesignedAsync(ClockedCaseServer env, string family,
        string input, string typeName, string value)
    {
        var caseId = await env.OpenFamilyAsync(family);
        await DocumentedAsync(env, caseId, DateOnly.Parse(Today(env)).AddDays(90), medicalNeed: false);
        await StartTravelAsync(env, caseId);
        var arrivedOn = await TravelAndArriveAsync(env, caseId);
        await ProgrammeEndsAsync(env, arrivedOn.AddYears(2));
        var redesigned = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Workflows, "monitoring.json")))!.AsObject();
        redesigned["version"] = 2;
        redesigned["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == "plan")![input] =
            new JsonObject { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
        await using var scope = env.Server.Services.CreateAsyncScope();
        var seeded = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SeedWorkflowDefinition(redesigned.ToJsonString(), "monitoring.json"));
        Assert.Equal(2, seeded.Version);
        return (caseId, arrivedOn);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Contains(field, errors.Select(e => e.Key));
    }
}
