using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Engine.Runtime.Timers;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>Working a case's phases as its people do, from their inboxes: find the open task by title, complete it, let the timers run.</summary>
public static class CaseSteps
{
    public static async Task<Dictionary<string, WorkflowInstance>> PhasesAsync(ClockedCaseServer env, string caseId) =>
        (await env.InDatabaseAsync(db => db.WorkflowInstances.AsNoTracking().Where(i => i.CaseId == caseId).ToListAsync())).ToDictionary(i => i.DefinitionId);

    public static string Today(ClockedCaseServer env) => env.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd");

    /// <summary>Fires every timer due on the test's clock.</summary>
    public static async Task DrainAsync(ClockedCaseServer env)
    {
        await using var scope = env.Server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TimerDrain>().DrainAsync(CancellationToken.None);
    }

    public static Task<HumanTask?> FindTaskAsync(ClockedCaseServer env, string caseId, string title) =>
        env.InDatabaseAsync(db => db.HumanTasks.SingleOrDefaultAsync(t => t.CaseId == caseId && t.Title == title
            && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Assigned || t.Status == HumanTaskStatus.Escalated)));

    public static async Task<HumanTask> TaskAsync(ClockedCaseServer env, string caseId, string title) =>
        await FindTaskAsync(env, caseId, title) ?? throw new Xunit.Sdk.XunitException($"The case has no open task '{title}'.");

    public static async Task<HttpResponseMessage> TryCompleteAsync(ClockedCaseServer env, string user, string caseId, string title, string outcome, JsonObject form)
    {
        var task = await TaskAsync(env, caseId, title);
        // A token of the moved clock: the test's clock is the server's.
        var client = await env.Server.WithAccessTokenAsync(user);
        return await client.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new JsonObject { ["outcome"] = outcome, ["form"] = form });
    }

    public static async Task CompleteAsync(ClockedCaseServer env, string user, string caseId, string title, string outcome, JsonObject form)
    {
        var response = await TryCompleteAsync(env, user, caseId, title, outcome, form);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Complete {title}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>
    /// Completes the task as its page posts it: the form as it opens (<c>GET /api/tasks/{id}/form</c>, the case's
    /// answers and a row per person taking part), <paramref name="answers"/> over it and each row filled by <paramref name="eachRow"/>.
    /// </summary>
    public static async Task CompleteRowsAsync(ClockedCaseServer env, string user, string caseId, string title, string outcome, JsonObject answers,
        Action<JsonObject, int> eachRow)
    {
        var task = await TaskAsync(env, caseId, title);
        var client = await env.Server.WithAccessTokenAsync(user);
        var form = Answered(await client.GetJsonAsync($"/api/tasks/{task.Id}/form"), answers, eachRow);
        var response = await client.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new JsonObject { ["outcome"] = outcome, ["form"] = form });
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Complete {title}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>An opened form's values (<c>GET /api/tasks/{id}/form</c>) with <paramref name="answers"/> over them and each person's row filled.</summary>
    public static JsonObject Answered(JsonNode opened, JsonObject answers, Action<JsonObject, int> eachRow)
    {
        var values = opened["values"]!.DeepClone().AsObject();
        foreach (var (name, value) in answers) values[name] = value?.DeepClone();
        var rows = values["persons"]?.AsArray() ?? throw new Xunit.Sdk.XunitException("The form opened without a row per person.");
        for (var i = 0; i < rows.Count; i++) eachRow(rows[i]!.AsObject(), i);
        return values;
    }

    /// <summary>
    /// The facts the earlier phases leave: everyone consented to the transfer of their data to the origin office and
    /// holds a laissez-passer (and, if asked, the principal has a medical need).
    /// </summary>
    public static async Task DocumentedAsync(ClockedCaseServer env, string caseId, DateOnly expiresOn, bool medicalNeed)
    {
        await using var scope = env.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
        var cases = scope.ServiceProvider.GetRequiredService<ICaseRepository>();
        var returnCase = (await cases.FindAsync(caseId, CancellationToken.None))!;
        var now = env.Clock.GetUtcNow().UtcDateTime;
        returnCase.RecordTravelDocumentReceived(new TravelDocumentFacts(TravelDocumentKind.LaissezPasser, "LP-9", expiresOn, DateOnly.FromDateTime(now)), now, "operations");
        foreach (var person in returnCase.Persons)
            returnCase.RecordConsent(person.Id, new ConsentStatement(ConsentKind.TransferToOriginOfficeAndPartners, ConsentDecision.Given, ConsentMethod.Written, "Urdu",
                null, person.Details.Relationship == Relationship.Child ? "Amina" : null), now, "counsellor");
        if (medicalNeed) returnCase.RecordVulnerability(returnCase.Principal.Id, VulnerabilityKind.MedicalNeeds, "needs insulin on the flight", now, "counsellor");
        returnCase.ClearPendingChanges();
        await db.SaveChangesAsync();
    }

    /// <summary>The host office offers the case to Islamabad, whose reintegration officer accepts it.</summary>
    public static async Task HandOverAsync(ClockedCaseServer env, string caseId)
    {
        await CompleteAsync(env, "counsellor", caseId, "Hand-over offer to the origin office", "Offered",
            new JsonObject { ["needsAssessment"] = "Housing for the first month; school enrolment for the child." });
        await CompleteAsync(env, "reintegration", caseId, "Hand-over: accept or decline the case", "Accepted", new JsonObject());
    }

    /// <summary>
    /// From a documented case at the start of the travel phase to its arrival in Islamabad: handed over, booked five
    /// days ahead, briefed, departed and arrived the next day. Answers the day of arrival.
    /// </summary>
    public static async Task<DateOnly> TravelAndArriveAsync(ClockedCaseServer env, string caseId)
    {
        await HandOverAsync(env, caseId);
        var flightDay = DateOnly.Parse(Today(env)).AddDays(5);
        await CompleteAsync(env, "operations", caseId, "Flight booking", "Booked",
            new JsonObject { ["flightNumber"] = "TK 1022", ["departsOn"] = flightDay.ToString("O"), ["route"] = "SJJ - IST - ISB" });
        await CompleteAsync(env, "counsellor", caseId, "Pre-departure briefing", "Briefed",
            new JsonObject { ["briefedOn"] = Today(env), ["allowanceAmount"] = 60, ["consentReconfirmed"] = true });
        env.Clock.Advance(TimeSpan.FromDays(5));
        await DrainAsync(env);
        await CompleteAsync(env, "operations", caseId, "Departure confirmation", "Departed", new JsonObject { ["on"] = flightDay.ToString("O") });
        env.Clock.Advance(TimeSpan.FromDays(1));
        await CompleteAsync(env, "reintegration", caseId, "Arrival confirmation", "Arrived", new JsonObject { ["arrivedOn"] = flightDay.AddDays(1).ToString("O") });
        return flightDay.AddDays(1);
    }

    public static async Task StartTravelAsync(ClockedCaseServer env, string caseId)
    {
        await using var scope = env.Server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new StartWorkflow("travel", CaseId: caseId));
    }
}
