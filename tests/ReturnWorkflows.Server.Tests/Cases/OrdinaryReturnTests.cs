using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Timers;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// An ordinary single return through the shipped phases with the clock skipped, on both providers: intake, phase one
/// to approved eligibility, the case entering phase two, the consents, the travel document request (its reminder a
/// week later reaching the operations officer) and the receipt: the case ends phase two with the document obtained.
/// </summary>
public sealed class OrdinaryReturnTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_single_return_goes_from_intake_through_both_phases_to_the_travel_document(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var counsellor = await env.AsAsync("counsellor");
        var opened = await counsellor.PostAsJsonAsync("/api/cases", new JsonObject
        {
            ["countryOfReturn"] = "PK", ["programmeId"] = "dk-avrr-wb",
            ["principal"] = CaseBodies.Person(CaseBodies.Details("Imran", "Single", "PrincipalApplicant"), CaseBodies.Consent()),
            ["members"] = new JsonArray(),
        });
        opened.EnsureSuccessStatusCode();
        var caseId = (string)(await opened.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!;

        // Phase one, as counsellor and supervisor work it from their inboxes.
        await CompleteAsync(env, "counsellor", caseId, "Intake review", "Complete", new JsonObject());
        await CompleteAsync(env, "counsellor", caseId, "Counselling session", "Decided to return", new JsonObject
        {
            ["sessionDate"] = Today(env), ["language"] = "Urdu", ["interpreterUsed"] = false, ["returnProcessExplained"] = true,
            ["alternativesExplained"] = true, ["rightToWithdrawExplained"] = true, ["countrySheetVersion"] = "PK-2026-03",
        });
        await CompleteAsync(env, "counsellor", caseId, "Protection screen", "No concerns",
            new JsonObject { ["traffickingIndicators"] = false, ["unaccompaniedMinor"] = false, ["medicalNeed"] = false });
        await CompleteAsync(env, "counsellor", caseId, "Eligibility proposal", "Eligible", new JsonObject
        {
            ["noMeansToPay"] = true, ["intendsToLeavePermanently"] = true, ["hasOrCanGetTravelDocument"] = true,
            ["returnPossible"] = true, ["noGovernmentObjection"] = true, ["notInNeedOfProtection"] = true,
        });
        await CompleteAsync(env, "supervisor", caseId, "Eligibility approval", "Approved", new JsonObject());
        var phases = await PhasesAsync(env, caseId);
        Assert.Equal(WorkflowStatus.Finished, phases["counselling-and-eligibility"].Status);
        Assert.Equal((WorkflowStatus.Running, 1), (phases["consent-and-travel-document"].Status, phases["consent-and-travel-document"].DefinitionVersion));

        // Phase two: the consents, then the request to the embassy.
        JsonObject Consent(string tick) => new() { [tick] = true, ["method"] = "Written", ["language"] = "Urdu" };
        await CompleteAsync(env, "counsellor", caseId, "Return application and informed consent", "Consented",
            new JsonObject { ["returnDeclared"] = true, ["transferConsented"] = true, ["method"] = "Written", ["language"] = "Urdu" });
        await CompleteAsync(env, "counsellor", caseId, "Embassy-contact consent", "Consented", Consent("embassyContactConsented"));
        var request = await TaskAsync(env, caseId, "Travel document request");
        Assert.Equal(("OperationsOfficer", "BA-SJJ"), (request.CandidateRole, request.CandidateOffice));

        // A week passes without the request being sent: the operations officers are reminded.
        env.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        await DrainAsync(env);
        var reminded = await env.InDatabaseAsync(db => db.Notifications.Where(n => n.TaskId == request.Id).Select(n => n.UserName).ToListAsync());
        Assert.Contains("operations", reminded);
        Assert.Equal(HumanTaskStatus.Open, (await TaskAsync(env, caseId, "Travel document request")).Status);

        await CompleteAsync(env, "operations", caseId, "Travel document request", "Requested",
            new JsonObject { ["authority"] = "Embassy of Pakistan, Sarajevo", ["requestedOn"] = Today(env) });
        // Three weeks later the laissez-passer arrives.
        env.Clock.Advance(TimeSpan.FromDays(21));
        await DrainAsync(env);
        await CompleteAsync(env, "operations", caseId, "Travel document receipt", "Received", new JsonObject
        {
            ["kind"] = "LaissezPasser", ["number"] = "LP-77", ["expiresOn"] = DateOnly.Parse(Today(env)).AddMonths(3).ToString("O"), ["receivedOn"] = Today(env),
        });

        phases = await PhasesAsync(env, caseId);
        Assert.Equal(WorkflowStatus.Finished, phases["consent-and-travel-document"].Status);
        var reached = await (await env.Server.WithAccessTokenAsync("operations")).GetJsonAsync($"/api/cases/{caseId}");
        var person = Assert.Single(reached["persons"]!.AsArray())!;
        Assert.Equal(env.Clock.GetUtcNow().UtcDateTime, DateTime.Parse((string)person["travelDocumentObtainedAt"]!).ToUniversalTime(), TimeSpan.FromMinutes(1));
        Assert.Equal("LaissezPasser", (string?)Assert.Single(reached["travelDocuments"]!["documents"]!.AsArray())!["kind"]);
        // The phase's watch ended with it; nothing of the case waits any more.
        Assert.Empty(await env.InDatabaseAsync(db => db.Bookmarks.Where(b => db.WorkflowInstances.Any(i => i.Id == b.WorkflowInstanceId && i.CaseId == caseId)).ToListAsync()));
        Assert.Empty(await env.InDatabaseAsync(db => db.HumanTasks.Where(t => t.CaseId == caseId && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Assigned)).ToListAsync()));
    }

    private static async Task<Dictionary<string, WorkflowInstance>> PhasesAsync(ClockedCaseServer env, string caseId) =>
        (await env.InDatabaseAsync(db => db.WorkflowInstances.AsNoTracking().Where(i => i.CaseId == caseId).ToListAsync())).ToDictionary(i => i.DefinitionId);

    private static string Today(ClockedCaseServer env) => env.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd");

    private static async Task DrainAsync(ClockedCaseServer env)
    {
        await using var scope = env.Server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TimerDrain>().DrainAsync(CancellationToken.None);
    }

    private static async Task<HumanTask> TaskAsync(ClockedCaseServer env, string caseId, string title) =>
        await env.InDatabaseAsync(db => db.HumanTasks.SingleOrDefaultAsync(t => t.CaseId == caseId && t.Title == title
            && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Assigned)))
        ?? throw new Xunit.Sdk.XunitException($"The case has no open task '{title}'.");

    private static async Task CompleteAsync(ClockedCaseServer env, string user, string caseId, string title, string outcome, JsonObject form)
    {
        var task = await TaskAsync(env, caseId, title);
        // A token of the moved clock: the test's clock is the server's.
        var client = await env.Server.WithAccessTokenAsync(user);
        var response = await client.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new JsonObject { ["outcome"] = outcome, ["form"] = form });
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Complete {title}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
