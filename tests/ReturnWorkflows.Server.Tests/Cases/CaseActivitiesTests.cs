using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Calendars;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// The first phase workflow on case activities: a new case gets an intake review task for its host office, completing
/// it records the review on the case and makes the counselling task, whose completion records the informed decision.
/// The answers land in case tables; the task row and the workflow keep none of them.
/// </summary>
public sealed class CaseActivitiesTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_new_case_goes_from_intake_review_to_counselling_to_a_recorded_decision(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var counsellor = await env.AsAsync("counsellor");
        var caseId = await env.OpenFamilyAsync("Activity");

        var review = await OpenTaskAsync(env, caseId, "Intake review");
        Assert.Equal(("Counsellor", "BA-SJJ", "case.intake-review"), ((string?)review["candidateRole"], (string?)review["candidateOffice"], (string?)review["formKey"]));
        Assert.Equal(["Complete", "Needs correction"], review["outcomes"]!.AsArray().Select(o => (string)o!));
        Assert.Equal("note", (string?)Assert.Single(review["form"]!["fields"]!.AsArray())!["name"]);

        env.Clock.Advance(TimeSpan.FromMinutes(5)); // within the sign-in token's lifetime, which the same clock checks
        var reviewedAt = env.Clock.GetUtcNow().UtcDateTime;
        await CompleteAsync(counsellor, review, "Complete", new JsonObject { ["note"] = "Consents and legal status checked." });

        var afterReview = await counsellor.GetJsonAsync($"/api/cases/{caseId}");
        var recorded = Assert.Single(afterReview["counselling"]!["intakeReviews"]!.AsArray())!;
        Assert.Equal(("Complete", "Consents and legal status checked.", "counsellor"), ((string?)recorded["result"], (string?)recorded["note"], (string?)recorded["reviewedBy"]));
        var counselling = await OpenTaskAsync(env, caseId, "Counselling session");
        var calendar = env.Server.Services.GetRequiredService<OfficeCalendars>().For("BA-SJJ");
        Assert.Equal(calendar.AddWorkingDays(reviewedAt, 3), (DateTime)counselling["dueAt"]!, TimeSpan.FromSeconds(1));
        Assert.Equal("BA-SJJ", (string?)counselling["candidateOffice"]);

        await CompleteAsync(counsellor, counselling, "Decided to return", CounsellingAnswers());

        var decided = (await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["counselling"]!;
        Assert.Equal("DecidedToReturn", (string?)decided["latestDecision"]);
        var session = Assert.Single(decided["sessions"]!.AsArray())!;
        Assert.Equal(("Urdu", "Interpreter Two", "PK-2026-03", true), ((string?)session["language"], (string?)session["interpreter"], (string?)session["countrySheetVersion"], (bool)session["alternativesExplained"]!));
        // The answers are the case's: none on the task rows, none in the workflow's state or journal.
        var (formData, state, journal) = await env.InDatabaseAsync(async db =>
        {
            var tasks = await db.HumanTasks.Where(t => t.CaseId == caseId).Select(t => t.FormData).ToListAsync();
            var instance = await db.WorkflowInstances.SingleAsync(i => i.CaseId == caseId);
            var lines = await db.JournalEntries.Where(j => j.WorkflowInstanceId == instance.Id).ToListAsync();
            return (tasks, instance.State, string.Join("\n", lines.Select(l => l.Payload + l.Message)));
        });
        Assert.All(formData, Assert.Null);
        Assert.DoesNotContain("Interpreter Two", state);
        Assert.DoesNotContain("Interpreter Two", journal);
        Assert.Contains(await env.InDatabaseAsync(db => db.CaseAudit.Where(a => a.CaseId == caseId && a.Section == "counselling").ToListAsync()),
            a => a.Actor == "counsellor" && a.NewValue!.StartsWith("DecidedToReturn"));
        var running = await env.InDatabaseAsync(db => db.WorkflowInstances.SingleAsync(i => i.CaseId == caseId));
        Assert.Equal("counselling-and-eligibility", running.DefinitionId);
        await OpenTaskAsync(env, caseId, "Protection screen"); // a decision to return goes on to protection (CaseGatesTests)
    }

    [Fact]
    public async Task An_invalid_answer_is_refused_naming_the_field_and_changes_nothing()
    {
        await using var env = await ClockedCaseServer.StartAsync("Sqlite");
        var counsellor = await env.AsAsync("counsellor");
        var caseId = await env.OpenFamilyAsync("Refused");
        var review = await OpenTaskAsync(env, caseId, "Intake review");

        // A case rule: a review sent back must say what to correct.
        var noNote = await TryCompleteAsync(counsellor, review, "Needs correction", new JsonObject());
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.NotNull((await noNote.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["form.note"]);
        await CompleteAsync(counsellor, review, "Complete", new JsonObject());
        var counselling = await OpenTaskAsync(env, caseId, "Counselling session");
        var version = (int)(await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["version"]!;

        var withoutInterpreter = CounsellingAnswers();
        withoutInterpreter.Remove("interpreter"); // the validator's rule: an interpreter used is named
        var withoutLanguage = CounsellingAnswers();
        withoutLanguage.Remove("language"); // the form's own rule: a required field
        foreach (var (answers, field) in new[] { (withoutInterpreter, "form.interpreter"), (withoutLanguage, "form.language") })
        {
            var refused = await TryCompleteAsync(counsellor, counselling, "Declined", answers);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal([field], (await refused.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key));
        }

        var unchanged = await counsellor.GetJsonAsync($"/api/cases/{caseId}");
        Assert.Equal(version, (int)unchanged["version"]!);
        Assert.Empty(unchanged["counselling"]!["sessions"]!.AsArray());
        Assert.Equal("Open", (string?)(await counsellor.GetJsonAsync($"/api/tasks/{counselling["id"]}"))["status"]);
    }

    [Fact]
    public async Task Needs_correction_sends_the_intake_back_for_another_review()
    {
        await using var env = await ClockedCaseServer.StartAsync("Sqlite");
        var counsellor = await env.AsAsync("counsellor");
        var caseId = await env.OpenFamilyAsync("Corrected");

        var first = await OpenTaskAsync(env, caseId, "Intake review");
        await CompleteAsync(counsellor, first, "Needs correction", new JsonObject { ["note"] = "The child's guardian is missing." });

        var second = await OpenTaskAsync(env, caseId, "Intake review");
        Assert.NotEqual((string?)first["id"], (string?)second["id"]);
        var reviews = (await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["counselling"]!["intakeReviews"]!.AsArray();
        Assert.Equal("NeedsCorrection", (string?)Assert.Single(reviews)!["result"]);
    }

    [Fact]
    public async Task A_person_who_needs_time_is_counselled_again_and_the_case_keeps_both_sessions()
    {
        await using var env = await ClockedCaseServer.StartAsync("Sqlite");
        var counsellor = await env.AsAsync("counsellor");
        var caseId = await env.OpenFamilyAsync("Thinking");
        await CompleteAsync(counsellor, await OpenTaskAsync(env, caseId, "Intake review"), "Complete", new JsonObject());

        var first = await OpenTaskAsync(env, caseId, "Counselling session");
        await CompleteAsync(counsellor, first, "Needs time", CounsellingAnswers());
        Assert.Equal("NeedsTime", (string?)(await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["counselling"]!["latestDecision"]);
        var second = await OpenTaskAsync(env, caseId, "Counselling session");
        Assert.NotEqual((string?)first["id"], (string?)second["id"]);
        env.Clock.Advance(TimeSpan.FromMinutes(2)); // sessions are ordered by when they were recorded
        await CompleteAsync(counsellor, second, "Declined", CounsellingAnswers());

        var counselling = (await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["counselling"]!;
        Assert.Equal(["NeedsTime", "Declined"], counselling["sessions"]!.AsArray().Select(x => (string?)x!["decision"]));
        Assert.Equal("Declined", (string?)counselling["latestDecision"]);
    }

    [Fact]
    public async Task A_plain_user_task_given_a_case_forms_key_records_no_case_fact()
    {
        await using var env = await ClockedCaseServer.StartAsync("Sqlite");
        var counsellor = await env.AsAsync("counsellor");
        var caseId = await env.OpenFamilyAsync("Plain");
        var plain = Testing.Workflows.CounsellingDecision.Replace("SRB-BG", "BA-SJJ")
            .Replace("\"due\":", "\"formKey\":{\"typeName\":\"String\",\"expression\":{\"type\":\"Literal\",\"value\":\"case.counselling-session\"}},\"due\":");
        await using (var scope = env.Server.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var seeded = await mediator.Send(new SeedWorkflowDefinition(plain, "plain.json"));
            await mediator.Send(new StartWorkflow(seeded.DefinitionId, CaseId: caseId));
        }

        var task = await OpenTaskAsync(env, caseId, "Record the informed decision");
        Assert.Equal("case.counselling-session", (string?)task["form"]!["key"]);
        await CompleteAsync(counsellor, task, "Approved", CounsellingAnswers());

        Assert.Empty((await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["counselling"]!["sessions"]!.AsArray());
        var kept = await env.InDatabaseAsync(db => db.HumanTasks.SingleAsync(t => t.Id == (string)task["id"]!));
        Assert.Contains("Interpreter Two", kept.FormData); // a plain task keeps its answers on its row, as before
    }

    [Fact]
    public async Task A_step_given_to_the_origin_office_goes_to_the_office_in_the_country_of_return()
    {
        await using var env = await ClockedCaseServer.StartAsync("Sqlite");
        var caseId = await env.OpenFamilyAsync("Origin");
        const string definition = """
            {"definitionId":"origin-step","name":"Origin step",
             "root":{"id":"flow","type":"Elsa.Flowchart","activities":[
               {"id":"start","type":"Elsa.Start"},
               {"id":"review","type":"ReturnWorkflows.Cases.IntakeReview",
                "title":{"typeName":"String","expression":{"type":"Literal","value":"Origin review"}},
                "office":{"typeName":"String","expression":{"type":"Literal","value":"Origin"}}}],
              "connections":[{"source":{"activity":"start","port":"Done"},"target":{"activity":"review","port":"In"}}]}}
            """;
        await using (var scope = env.Server.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await mediator.Send(new SeedWorkflowDefinition(definition, "origin-step.json"));
            await mediator.Send(new StartWorkflow("origin-step", CaseId: caseId));
        }

        var task = await env.InDatabaseAsync(db => db.HumanTasks.SingleAsync(t => t.CaseId == caseId && t.Title == "Origin review"));
        Assert.Equal(("PK-ISB", "Counsellor"), (task.CandidateOffice, task.CandidateRole)); // the case's country of return is Pakistan
        Assert.NotNull(task.DueAt); // the activity's default due date applies where the drawing sets none
    }

    private static JsonObject CounsellingAnswers() => new()
    {
        ["sessionDate"] = DateTime.UtcNow.ToString("yyyy-MM-dd"),
        ["language"] = "Urdu",
        ["interpreterUsed"] = true,
        ["interpreter"] = "Interpreter Two",
        ["returnProcessExplained"] = true,
        ["alternativesExplained"] = true,
        ["rightToWithdrawExplained"] = true,
        ["reintegrationSupportExplained"] = false,
        ["countrySheetVersion"] = "PK-2026-03",
    };

    /// <summary>The one open task of the case with this title, as the office's queue shows it.</summary>
    private static async Task<JsonNode> OpenTaskAsync(ClockedCaseServer env, string caseId, string title)
    {
        var ids = await env.InDatabaseAsync(db => db.HumanTasks
            .Where(t => t.CaseId == caseId && t.Title == title && t.Status == HumanTaskStatus.Open).Select(t => t.Id).ToListAsync());
        var id = Assert.Single(ids);
        var queue = (await (await env.AsAsync("counsellor")).GetJsonAsync("/api/tasks?view=office"))["items"]!.AsArray();
        return Assert.Single(queue, t => (string?)t!["id"] == id)!;
    }

    private static Task<HttpResponseMessage> TryCompleteAsync(HttpClient client, JsonNode task, string outcome, JsonObject form) =>
        client.PostAsJsonAsync($"/api/tasks/{task["id"]}/complete", new JsonObject { ["outcome"] = outcome, ["form"] = form });

    private static async Task CompleteAsync(HttpClient client, JsonNode task, string outcome, JsonObject form)
    {
        var response = await TryCompleteAsync(client, task, outcome, form);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Complete: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
