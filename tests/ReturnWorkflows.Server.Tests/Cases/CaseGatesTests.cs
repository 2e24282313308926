using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// Gates no drawing can bypass: protection before eligibility, a child's determination and guardian consent, the
/// country's status, four-eyes. A step whose gate is unmet makes no task and waits, shown on the case; recording the
/// fact (a task, the case API) releases it in the same commit.
/// </summary>
public sealed class CaseGatesTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task An_ordinary_return_goes_through_protection_to_approved_eligibility(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Ordinary");
        await ThroughCounsellingAsync(env, caseId);

        var screen = await TaskAsync(env, caseId, "Protection screen");
        Assert.Equal("case.protection-screen", screen.FormKey);
        await CompleteAsync(env, "counsellor", screen, "No concerns", Screen());
        await CompleteAsync(env, "counsellor", await TaskAsync(env, caseId, "Eligibility proposal"), "Eligible", Criteria());
        var approval = await TaskAsync(env, caseId, "Eligibility approval");
        Assert.Equal(("Supervisor", "BA-SJJ"), (approval.CandidateRole, approval.CandidateOffice));
        await CompleteAsync(env, "supervisor", approval, "Approved", new JsonObject());

        var view = await (await env.AsAsync("supervisor")).GetJsonAsync($"/api/cases/{caseId}");
        Assert.Equal(["ProtectionScreen NoConcerns", "EligibilityProposal Eligible", "EligibilityDecision Approved"],
            view["assessments"]!.AsArray().Select(a => $"{a!["kind"]} {a["outcome"]}"));
        Assert.Empty(view["waitingFor"]!.AsArray());
        var instance = await env.InDatabaseAsync(db => db.WorkflowInstances.SingleAsync(i => i.CaseId == caseId && i.DefinitionId == "counselling-and-eligibility"));
        Assert.Equal(Engine.Runtime.WorkflowStatus.Finished, instance.Status);
        // Approved, the case entered the next phase: its first step is the return application.
        var next = await env.InDatabaseAsync(db => db.WorkflowInstances.SingleAsync(i => i.CaseId == caseId && i.DefinitionId == "consent-and-travel-document"));
        Assert.Equal(Engine.Runtime.WorkflowStatus.Running, next.Status);
        Assert.Equal("case.return-application", (await TaskAsync(env, caseId, "Return application and informed consent")).FormKey);
        // The screen is a protection finding: a counsellor sees neither it nor its notes.
        var counsellorView = await (await env.AsAsync("counsellor")).GetJsonAsync($"/api/cases/{caseId}");
        Assert.DoesNotContain(counsellorView["assessments"]!.AsArray(), a => (string?)a!["kind"] == "ProtectionScreen");
    }

    [Fact]
    public async Task A_childs_approval_waits_for_the_determination_and_guardian_consent_and_a_withdrawn_consent_refuses_it()
    {
        await using var env = await ClockedCaseServer.StartAsync("Sqlite");
        var caseId = await env.OpenFamilyAsync("Child");
        var counsellor = await env.AsAsync("counsellor");
        await ThroughCounsellingAsync(env, caseId);
        await CompleteAsync(env, "counsellor", await TaskAsync(env, caseId, "Protection screen"), "Concerns found", Screen(unaccompanied: true));
        var assessment = await TaskAsync(env, caseId, "Vulnerability assessment");
        Assert.Equal("ProtectionOfficer", assessment.CandidateRole);
        // The child is confirmed, but the authority has not decided yet and no guardian has consented.
        await CompleteAsync(env, "protection", assessment, "Assessed", new JsonObject
        {
            ["childFinding"] = "Confirmed", ["traffickingFinding"] = "NotFound", ["medicalFinding"] = "NotFound",
        });
        await CompleteAsync(env, "counsellor", await TaskAsync(env, caseId, "Eligibility proposal"), "Eligible", Criteria());

        Assert.Null(await FindTaskAsync(env, caseId, "Eligibility approval"));
        var waiting = Assert.Single((await (await env.AsAsync("supervisor")).GetJsonAsync($"/api/cases/{caseId}"))["waitingFor"]!.AsArray())!;
        Assert.Equal(["child-determination", "guardian-consent"], waiting["gates"]!.AsArray().Select(g => (string?)g));

        var view = await counsellor.GetJsonAsync($"/api/cases/{caseId}");
        var child = (string)view["persons"]!.AsArray().Single(p => (string?)p!["details"]!["relationship"] == "Child")!["id"]!;
        var determined = await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/persons/{child}/best-interests-determination",
            new JsonObject { ["version"] = (int)view["version"]!, ["authority"] = "Centre for Social Work Sarajevo", ["determinedOn"] = Today() });
        Assert.Equal(HttpStatusCode.OK, determined.StatusCode);
        Assert.Null(await FindTaskAsync(env, caseId, "Eligibility approval"));
        var stillWaiting = Assert.Single((await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["waitingFor"]!.AsArray())!;
        Assert.Equal(["guardian-consent"], stillWaiting["gates"]!.AsArray().Select(g => (string?)g));

        var version = (int)(await determined.Content.ReadFromJsonAsync<JsonObject>())!["version"]!;
        (await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/persons/{child}/consents", GuardianConsent(version, "Given"))).EnsureSuccessStatusCode();
        var approval = await TaskAsync(env, caseId, "Eligibility approval"); // released in the consent's own commit
        Assert.Empty((await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["waitingFor"]!.AsArray());

        // The guardian withdraws: the open approval can no longer be completed, and says why.
        version = (int)(await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["version"]!;
        (await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/persons/{child}/consents", GuardianConsent(version, "Withdrawn"))).EnsureSuccessStatusCode();
        var refused = await TryCompleteAsync(env, "supervisor", approval, "Approved", new JsonObject());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("guardian consent", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HumanTaskStatus.Open, (await TaskAsync(env, caseId, "Eligibility approval")).Status);
    }

    [Fact]
    public async Task A_suspended_country_refuses_approval()
    {
        await using var env = await ClockedCaseServer.StartAsync("Sqlite");
        var caseId = await env.OpenFamilyAsync("Suspended");
        await ThroughCounsellingAsync(env, caseId);
        await CompleteAsync(env, "counsellor", await TaskAsync(env, caseId, "Protection screen"), "No concerns", Screen());
        await CompleteAsync(env, "counsellor", await TaskAsync(env, caseId, "Eligibility proposal"), "Eligible", Criteria());
        var approval = await TaskAsync(env, caseId, "Eligibility approval");
        // Returns to Libya are suspended in the default reference data.
        var counsellor = await env.AsAsync("counsellor");
        var version = (int)(await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["version"]!;
        (await counsellor.PutAsJsonAsync($"/api/cases/{caseId}", new JsonObject { ["version"] = version, ["countryOfReturn"] = "LY" })).EnsureSuccessStatusCode();

        var refused = await TryCompleteAsync(env, "supervisor", approval, "Approved", new JsonObject());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("suspended", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HumanTaskStatus.Open, (await TaskAsync(env, caseId, "Eligibility approval")).Status);
    }

    [Fact]
    public async Task A_case_by_case_country_waits_for_a_supervisors_clearance()
    {
        await using var env = await ClockedCaseServer.StartAsync("Sqlite");
        var caseId = await env.OpenFamilyAsync("Clearance");
        var counsellor = await env.AsAsync("counsellor");
        var version = (int)(await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["version"]!;
        // Returns to Iran are decided case by case in the default reference data.
        (await counsellor.PutAsJsonAsync($"/api/cases/{caseId}", new JsonObject { ["version"] = version, ["countryOfReturn"] = "IR" })).EnsureSuccessStatusCode();
        await ThroughCounsellingAsync(env, caseId);
        await CompleteAsync(env, "counsellor", await TaskAsync(env, caseId, "Protection screen"), "No concerns", Screen());
        await CompleteAsync(env, "counsellor", await TaskAsync(env, caseId, "Eligibility proposal"), "Eligible", Criteria());

        Assert.Null(await FindTaskAsync(env, caseId, "Eligibility approval"));
        var view = await counsellor.GetJsonAsync($"/api/cases/{caseId}");
        Assert.Equal(["country-clearance"], Assert.Single(view["waitingFor"]!.AsArray())!["gates"]!.AsArray().Select(g => (string?)g));
        var byCounsellor = await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/country-clearance", new JsonObject { ["version"] = (int)view["version"]! });
        Assert.Equal(HttpStatusCode.Forbidden, byCounsellor.StatusCode);
        Assert.Null(await FindTaskAsync(env, caseId, "Eligibility approval"));

        var cleared = await (await env.AsAsync("supervisor")).PostAsJsonAsync($"/api/cases/{caseId}/country-clearance",
            new JsonObject { ["version"] = (int)view["version"]!, ["note"] = "Cleared by the regional office." });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        await TaskAsync(env, caseId, "Eligibility approval");
    }

    [Fact]
    public async Task Whoever_proposed_eligibility_cannot_approve_it_administrators_included()
    {
        await using var env = await ClockedCaseServer.StartAsync("Sqlite");
        foreach (var proposer in new[] { "supervisor", "admin" })
        {
            var caseId = await env.OpenFamilyAsync("FourEyes" + proposer);
            var client = await env.AsAsync(proposer);
            var version = await RecordScreenAsync(client, caseId);
            var proposed = await client.PostAsJsonAsync($"/api/cases/{caseId}/eligibility/proposal",
                new JsonObject { ["version"] = version, ["criteria"] = CriteriaRecord() });
            Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
            version = (int)(await proposed.Content.ReadFromJsonAsync<JsonObject>())!["version"]!;

            var own = await client.PostAsJsonAsync($"/api/cases/{caseId}/eligibility/decision", new JsonObject { ["version"] = version, ["approve"] = true });

            Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
            Assert.Contains("four-eyes", await own.Content.ReadAsStringAsync());
            Assert.Equal(version, (int)(await client.GetJsonAsync($"/api/cases/{caseId}"))["version"]!);
        }
        // Through the task too: the supervisor who proposed on the API may not complete the approval task.
        var taskCase = await env.OpenFamilyAsync("FourEyesTask");
        var supervisor = await env.AsAsync("supervisor");
        var at = await RecordScreenAsync(supervisor, taskCase);
        (await supervisor.PostAsJsonAsync($"/api/cases/{taskCase}/eligibility/proposal", new JsonObject { ["version"] = at, ["criteria"] = CriteriaRecord() }))
            .EnsureSuccessStatusCode();
        await StartAsync(env, Redesign("four-eyes-approval"), taskCase);
        await CompleteAsync(env, "counsellor", await TaskAsync(env, taskCase, "Redesigned intake"), "Complete", new JsonObject());
        var refused = await TryCompleteAsync(env, "supervisor", await TaskAsync(env, taskCase, "Eligibility approval"), "Approved", new JsonObject());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("four-eyes", await refused.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_redesign_that_draws_approval_straight_after_intake_waits_until_the_case_api_records_the_facts(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Redesign");
        var manager = await env.AsAsync("manager");
        (await manager.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = JsonNode.Parse(Redesign("no-protection")), ["publish"] = true }))
            .EnsureSuccessStatusCode();
        await using (var scope = env.Server.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new StartWorkflow("no-protection", CaseId: caseId));
        await CompleteAsync(env, "counsellor", await TaskAsync(env, caseId, "Redesigned intake"), "Complete", new JsonObject());

        Assert.Null(await FindTaskAsync(env, caseId, "Eligibility approval"));
        var counsellor = await env.AsAsync("counsellor");
        var waiting = Assert.Single((await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["waitingFor"]!.AsArray())!;
        Assert.Equal(["protection-screen", "vulnerability-assessment", "eligibility-proposal"], waiting["gates"]!.AsArray().Select(g => (string?)g));
        using (var page = await env.Server.SignedInAsync("counsellor"))
            Assert.Contains("Waiting for: protection screen, vulnerability assessment, eligibility proposal", WebUtility.HtmlDecode(await page.GetStringAsync($"/cases/{caseId}")));
        using (var page = await env.Server.SignedInAsync("counsellor"))
        {
            page.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sr-Latn-RS");
            Assert.Contains("Čeka se: procena zaštite", WebUtility.HtmlDecode(await page.GetStringAsync($"/cases/{caseId}")));
        }

        var version = await RecordScreenAsync(counsellor, caseId);
        Assert.Null(await FindTaskAsync(env, caseId, "Eligibility approval"));
        var proposed = await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/eligibility/proposal", new JsonObject { ["version"] = version, ["criteria"] = CriteriaRecord() });
        Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);

        var approval = await TaskAsync(env, caseId, "Eligibility approval"); // made in the proposal's commit
        Assert.Equal("Supervisor", approval.CandidateRole);
        Assert.Empty((await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["waitingFor"]!.AsArray());
        await CompleteAsync(env, "supervisor", approval, "Approved", new JsonObject());
        Assert.Contains((await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["assessments"]!.AsArray(), a => (string?)a!["outcome"] == "Approved");
        using (var page = await env.Server.SignedInAsync("counsellor"))
        {
            var html = await page.GetStringAsync($"/cases/{caseId}");
            Assert.Contains("<td>Eligibility decision</td><td>Approved</td>", html);
            Assert.DoesNotContain("Waiting for:", html);
        }
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_task_completed_in_the_same_instance_releases_the_approval_waiting_beside_it_which_then_waits_on_its_next_gate(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Parallel");
        // Start fans out: the screen and the approval run side by side in one instance.
        const string parallel = """
            {"definitionId":"parallel-gates","name":"Parallel gates",
             "root":{"id":"flow","type":"Elsa.Flowchart","activities":[
               {"id":"start","type":"Elsa.Start"},
               {"id":"screen","type":"ReturnWorkflows.Cases.ProtectionScreen","title":{"typeName":"String","expression":{"type":"Literal","value":"Parallel screen"}}},
               {"id":"approval","type":"ReturnWorkflows.Cases.EligibilityApproval"}],
              "connections":[
               {"source":{"activity":"start","port":"Done"},"target":{"activity":"screen","port":"In"}},
               {"source":{"activity":"start","port":"Done"},"target":{"activity":"approval","port":"In"}}]}}
            """;
        await StartAsync(env, parallel, caseId);
        var counsellor = await env.AsAsync("counsellor");
        Assert.Equal(["protection-screen", "vulnerability-assessment", "eligibility-proposal"],
            Assert.Single((await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["waitingFor"]!.AsArray())!["gates"]!.AsArray().Select(g => (string?)g));

        await CompleteAsync(env, "counsellor", await TaskAsync(env, caseId, "Parallel screen"), "No concerns", Screen());

        var view = await counsellor.GetJsonAsync($"/api/cases/{caseId}");
        Assert.Equal(["eligibility-proposal"], Assert.Single(view["waitingFor"]!.AsArray())!["gates"]!.AsArray().Select(g => (string?)g));
        Assert.Null(await FindTaskAsync(env, caseId, "Eligibility approval"));
        (await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/eligibility/proposal", new JsonObject { ["version"] = (int)view["version"]!, ["criteria"] = CriteriaRecord() }))
            .EnsureSuccessStatusCode();
        await TaskAsync(env, caseId, "Eligibility approval");
        var instance = await env.InDatabaseAsync(db => db.WorkflowInstances.SingleAsync(i => i.CaseId == caseId && i.DefinitionId == "parallel-gates"));
        Assert.Equal(0, instance.IncidentCount);
    }

    [Fact]
    public async Task A_plain_user_task_given_the_protection_screens_form_key_satisfies_no_gate()
    {
        await using var env = await ClockedCaseServer.StartAsync("Sqlite");
        var caseId = await env.OpenFamilyAsync("PlainGate");
        var plain = Testing.Workflows.CounsellingDecision.Replace("SRB-BG", "BA-SJJ")
            .Replace("\"due\":", "\"formKey\":{\"typeName\":\"String\",\"expression\":{\"type\":\"Literal\",\"value\":\"case.protection-screen\"}},\"due\":");
        await StartAsync(env, plain, caseId);
        await CompleteAsync(env, "counsellor", await TaskAsync(env, caseId, "Record the informed decision"), "Approved", Screen());

        var view = await (await env.AsAsync("supervisor")).GetJsonAsync($"/api/cases/{caseId}");
        Assert.Empty(view["assessments"]!.AsArray());
        var proposed = await (await env.AsAsync("counsellor")).PostAsJsonAsync($"/api/cases/{caseId}/eligibility/proposal",
            new JsonObject { ["version"] = (int)view["version"]!, ["criteria"] = CriteriaRecord() });
        Assert.Equal(HttpStatusCode.BadRequest, proposed.StatusCode);
        Assert.Contains("protection screen is not done", await proposed.Content.ReadAsStringAsync());
    }

    /// <summary>Start → intake review → eligibility approval → end: a manager's redesign without the protection steps.</summary>
    private static string Redesign(string id) => $$$$"""
        {"definitionId":"{{{{id}}}}","name":"Redesign {{{{id}}}}",
         "root":{"id":"flow","type":"Elsa.Flowchart","activities":[
           {"id":"start","type":"Elsa.Start"},
           {"id":"intake","type":"ReturnWorkflows.Cases.IntakeReview","title":{"typeName":"String","expression":{"type":"Literal","value":"Redesigned intake"}}},
           {"id":"approval","type":"ReturnWorkflows.Cases.EligibilityApproval"},
           {"id":"end","type":"Elsa.End"}],
          "connections":[
           {"source":{"activity":"start","port":"Done"},"target":{"activity":"intake","port":"In"}},
           {"source":{"activity":"intake","port":"Complete"},"target":{"activity":"approval","port":"In"}},
           {"source":{"activity":"approval","port":"Approved"},"target":{"activity":"end","port":"In"}}]}}
        """;

    private static async Task StartAsync(ClockedCaseServer env, string definition, string caseId)
    {
        await using var scope = env.Server.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var seeded = await mediator.Send(new SeedWorkflowDefinition(definition, "test.json"));
        await mediator.Send(new StartWorkflow(seeded.DefinitionId, CaseId: caseId));
    }

    private static async Task ThroughCounsellingAsync(ClockedCaseServer env, string caseId)
    {
        await CompleteAsync(env, "counsellor", await TaskAsync(env, caseId, "Intake review"), "Complete", new JsonObject());
        await CompleteAsync(env, "counsellor", await TaskAsync(env, caseId, "Counselling session"), "Decided to return", new JsonObject
        {
            ["sessionDate"] = Today(), ["language"] = "Urdu", ["interpreterUsed"] = false, ["returnProcessExplained"] = true,
            ["alternativesExplained"] = true, ["rightToWithdrawExplained"] = true, ["countrySheetVersion"] = "PK-2026-03",
        });
    }

    /// <summary>A screen with no concerns recorded through the case API; returns the case's new version.</summary>
    private static async Task<int> RecordScreenAsync(HttpClient client, string caseId)
    {
        var version = (int)(await client.GetJsonAsync($"/api/cases/{caseId}"))["version"]!;
        var screened = await client.PostAsJsonAsync($"/api/cases/{caseId}/protection-screen", new JsonObject
        {
            ["version"] = version,
            ["indicators"] = new JsonObject { ["trafficking"] = false, ["unaccompaniedMinor"] = false, ["medicalNeed"] = false },
        });
        if (!screened.IsSuccessStatusCode) throw new HttpRequestException($"Screen: {(int)screened.StatusCode} {await screened.Content.ReadAsStringAsync()}");
        return (int)(await screened.Content.ReadFromJsonAsync<JsonObject>())!["version"]!;
    }

    private static JsonObject Screen(bool unaccompanied = false) => new()
    {
        ["traffickingIndicators"] = false, ["unaccompaniedMinor"] = unaccompanied, ["medicalNeed"] = false,
    };

    private static JsonObject Criteria() => new()
    {
        ["noMeansToPay"] = true, ["intendsToLeavePermanently"] = true, ["hasOrCanGetTravelDocument"] = true,
        ["returnPossible"] = true, ["noGovernmentObjection"] = true, ["notInNeedOfProtection"] = true,
    };

    private static JsonObject CriteriaRecord() => new()
    {
        ["noMeansToPay"] = true, ["intendsToLeavePermanently"] = true, ["hasOrCanGetTravelDocument"] = true,
        ["returnPossible"] = true, ["noGovernmentObjection"] = true, ["notInNeedOfProtection"] = true,
    };

    private static JsonObject GuardianConsent(int version, string decision) => new()
    {
        ["version"] = version,
        ["consent"] = new JsonObject
        {
            ["kind"] = "GuardianConsentForChild", ["decision"] = decision, ["method"] = "Written", ["language"] = "Bosnian", ["guardian"] = "Amina Child",
        },
    };

    private static string Today() => DateTime.UtcNow.ToString("yyyy-MM-dd");

    private static Task<HumanTask?> FindTaskAsync(ClockedCaseServer env, string caseId, string title) =>
        env.InDatabaseAsync(db => db.HumanTasks.SingleOrDefaultAsync(t => t.CaseId == caseId && t.Title == title
            && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Assigned)));

    private static async Task<HumanTask> TaskAsync(ClockedCaseServer env, string caseId, string title) =>
        await FindTaskAsync(env, caseId, title) ?? throw new Xunit.Sdk.XunitException($"The case has no open task '{title}'.");

    private static async Task<HttpResponseMessage> TryCompleteAsync(ClockedCaseServer env, string user, HumanTask task, string outcome, JsonObject form) =>
        await (await env.AsAsync(user)).PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new JsonObject { ["outcome"] = outcome, ["form"] = form });

    private static async Task CompleteAsync(ClockedCaseServer env, string user, HumanTask task, string outcome, JsonObject form)
    {
        var response = await TryCompleteAsync(env, user, task, outcome, form);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Complete {task.Title}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
