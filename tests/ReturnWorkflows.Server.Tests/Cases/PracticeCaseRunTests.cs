using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Tasks;
using static ReturnWorkflows.Server.Tests.Cases.CaseSteps;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// The designer's Run on a case workflow, on both providers: the run gets a practice case of its own, flagged as such,
/// whose tasks are the runner's alone and whose answers land in it as a real case's would; it is in no case list, no
/// report and no duplicate check. A workflow without case steps runs without one, and automation's starts stay real.
/// </summary>
public sealed class PracticeCaseRunTests
{
    private static JsonContent RunButton() =>
        JsonContent.Create(JsonNode.Parse("""{"correlationId":null,"triggerActivityId":null,"versionOptions":"Published","input":null}"""));

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Running_a_case_phase_in_the_designer_works_on_a_practice_case_only_the_runner_sees_in_her_tasks(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var manager = await env.AsAsync("manager");
        var funnel = $"/api/reports/funnel?programme=dk-avrr-wb&from={DateTime.UtcNow.AddDays(-30):yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(1):yyyy-MM-dd}";
        var funnelBefore = await manager.GetStringAsync(funnel);

        var run = await manager.PostAsync("/elsa/api/workflow-definitions/counselling-and-eligibility/execute", RunButton());
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var instanceId = run.Headers.GetValues("x-elsa-workflow-instance-id").Single();
        var instance = await env.InDatabaseAsync(db => db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == instanceId));
        Assert.True(instance.IsTestRun);
        Assert.NotNull(instance.CaseId);
        Assert.Equal(instance.CorrelationId, await env.InDatabaseAsync(db => db.ReturnCases.Where(c => c.Id == instance.CaseId).Select(c => c.Number).SingleAsync()));
        var practice = await env.InDatabaseAsync(db => db.ReturnCases.AsNoTracking().Include(c => c.Persons).SingleAsync(c => c.Id == instance.CaseId));
        Assert.True(practice.IsTest);
        Assert.Equal(("BA-SJJ", "Practice Applicant"), (practice.HostOffice, $"{practice.Persons[0].GivenNames} {practice.Persons[0].FamilyName}"));
        // The run is the case's only workflow: no lifecycle of the programme started beside it.
        Assert.Equal([instanceId], await env.InDatabaseAsync(db => db.WorkflowInstances.Where(i => i.CaseId == practice.Id).Select(i => i.Id).ToListAsync()));

        // Its first task is the runner's, in no office queue; the counsellor neither sees it nor the case in any list.
        var intake = await TaskAsync(env, practice.Id, "Intake review");
        Assert.Equal("manager", intake.Assignee);
        var counsellor = await env.AsAsync("counsellor");
        Assert.DoesNotContain(intake.Id, await counsellor.GetStringAsync("/api/tasks?view=office"));
        Assert.DoesNotContain(practice.Id, await counsellor.GetStringAsync("/api/cases?pageSize=100"));
        Assert.DoesNotContain(practice.Id, await manager.GetStringAsync("/api/cases?pageSize=100"));
        Assert.DoesNotContain(practice.Id, await (await env.AsAsync("admin")).GetStringAsync("/api/cases?pageSize=100&q=Applicant"));
        // Only its exact number finds it (as the task page looks its case up).
        Assert.Contains(practice.Id, await manager.GetStringAsync($"/api/cases?q={practice.Number}"));

        // Worked by the runner, the answers land in the practice case as in a real one.
        await CompleteAsync(env, "manager", practice.Id, "Intake review", "Complete", new JsonObject());
        await CompleteAsync(env, "manager", practice.Id, "Counselling session", "Decided to return", new JsonObject
        {
            ["sessionDate"] = Today(env), ["language"] = "English", ["interpreterUsed"] = false, ["returnProcessExplained"] = true,
            ["alternativesExplained"] = true, ["rightToWithdrawExplained"] = true, ["countrySheetVersion"] = "AL-2026-01",
        });
        var seen = await manager.GetJsonAsync($"/api/cases/{practice.Id}");
        Assert.Equal("English", (string?)Assert.Single(seen["counselling"]!["sessions"]!.AsArray())!["language"]);
        Assert.Equal("manager", (await TaskAsync(env, practice.Id, "Protection screen")).Assignee);

        // Its invented applicant matches nobody in a duplicate check, and the programme's reports did not count it.
        var check = await counsellor.PostAsJsonAsync("/api/cases/duplicate-check", new JsonObject
        {
            ["givenNames"] = "Practice", ["familyName"] = "Applicant", ["estimatedBirthYear"] = practice.Persons[0].BirthYear,
            ["nationality"] = practice.Persons[0].Nationality,
        });
        Assert.True(check.IsSuccessStatusCode, await check.Content.ReadAsStringAsync());
        Assert.Empty((await check.Content.ReadFromJsonAsync<JsonObject>())!["offices"]!.AsArray());
        Assert.Equal(funnelBefore, await manager.GetStringAsync(funnel));
    }

    [Fact]
    public async Task A_workflow_without_case_steps_and_a_start_by_automation_open_no_practice_case()
    {
        await using var env = await ClockedCaseServer.StartAsync("Sqlite");
        var manager = await env.AsAsync("manager");
        var plain = await manager.PostAsJsonAsync("/elsa/api/workflow-definitions", JsonNode.Parse("""
            {"model": {"definitionId": "plain-run", "name": "plain-run", "root": {"id": "flow1", "type": "Elsa.Flowchart", "version": 1,
              "connections": [], "activities": [{"id": "start1", "type": "Elsa.Start", "version": 1}]}}, "publish": true}
            """));
        Assert.True(plain.IsSuccessStatusCode, await plain.Content.ReadAsStringAsync());
        var run = await manager.PostAsync("/elsa/api/workflow-definitions/plain-run/execute", RunButton());
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Equal(0, await env.InDatabaseAsync(db => db.ReturnCases.CountAsync()));

        // A partner may not design, so may not try a phase out either: refused before any case is opened.
        var partner = await env.AsAsync("partner");
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsync("/elsa/api/workflow-definitions/counselling-and-eligibility/execute", RunButton())).StatusCode);
        Assert.Equal(0, await env.InDatabaseAsync(db => db.ReturnCases.CountAsync()));
    }
}
