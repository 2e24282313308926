using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Timers;
using ReturnWorkflows.Engine.Tasks;
using static ReturnWorkflows.Server.Tests.Cases.CaseSteps;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// An ordinary single return through the shipped phases with the clock skipped, on both providers: intake, phase one
/// to approved eligibility, the case entering phase two, the consents, the travel document request (its reminder a
/// week later reaching the operations officer) and the receipt, then the travel phase: the flight booked, the briefing
/// with the allowance, no fit-to-travel check (no medical need) and the departure, which gives the "departed" milestone;
/// the arrival, a reintegration plan within the caps approved once and delivered; monitoring from the baseline survey
/// through the +12-month visit to the survey at the end, and the closure at the end of support a manager approves.
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
        Assert.Equal((WorkflowStatus.Running, 2), (phases["consent-and-travel-document"].Status, phases["consent-and-travel-document"].DefinitionVersion));

        // Phase two: the consents, then the request to the embassy.
        JsonObject Consent() => new() { ["method"] = "Written", ["language"] = "Urdu" };
        await CompleteRowsAsync(env, "counsellor", caseId, "Return application and informed consent", "Consented", Consent(),
            (row, _) => { row["returnDeclared"] = true; row["transferConsented"] = true; });
        await CompleteRowsAsync(env, "counsellor", caseId, "Embassy-contact consent", "Consented", Consent(), (row, _) => row["embassyContactConsented"] = true);
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
        await CompleteRowsAsync(env, "operations", caseId, "Travel document receipt", "Received", new JsonObject { ["receivedOn"] = Today(env) }, (row, _) =>
        {
            row["kind"] = "LaissezPasser"; row["number"] = "LP-77"; row["expiresOn"] = DateOnly.Parse(Today(env)).AddMonths(3).ToString("O");
        });

        phases = await PhasesAsync(env, caseId);
        Assert.Equal(WorkflowStatus.Finished, phases["consent-and-travel-document"].Status);
        Assert.Equal((WorkflowStatus.Running, 1), (phases["travel"].Status, phases["travel"].DefinitionVersion));
        var reached = await (await env.Server.WithAccessTokenAsync("operations")).GetJsonAsync($"/api/cases/{caseId}");
        var person = Assert.Single(reached["persons"]!.AsArray())!;
        Assert.Equal(env.Clock.GetUtcNow().UtcDateTime, DateTime.Parse((string)person["travelDocumentObtainedAt"]!).ToUniversalTime(), TimeSpan.FromMinutes(1));
        Assert.Equal("LaissezPasser", (string?)Assert.Single(reached["travelDocuments"]!["documents"]!.AsArray())!["kind"]);

        // Phase three: the flight, the briefing (no medical need: no fit-to-travel check) and the departure.
        var flightDay = DateOnly.Parse(Today(env)).AddDays(14);
        await CompleteAsync(env, "operations", caseId, "Flight booking", "Booked", new JsonObject
        {
            ["flightNumber"] = "TK 1022", ["departsOn"] = flightDay.ToString("O"), ["route"] = "SJJ - IST - ISB",
        });
        await CompleteAsync(env, "counsellor", caseId, "Pre-departure briefing", "Briefed",
            new JsonObject { ["briefedOn"] = Today(env), ["allowanceAmount"] = 50, ["consentReconfirmed"] = true });
        await HandOverAsync(env, caseId);
        env.Clock.Advance(TimeSpan.FromDays(14));
        await DrainAsync(env);
        await CompleteAsync(env, "operations", caseId, "Departure confirmation", "Departed", new JsonObject { ["on"] = flightDay.ToString("O") });

        phases = await PhasesAsync(env, caseId);
        Assert.Equal(WorkflowStatus.Finished, phases["travel"].Status);

        // Phase four, held by the origin office in Islamabad: the arrival the next day.
        var arrival = await TaskAsync(env, caseId, "Arrival confirmation");
        Assert.Equal(("ReintegrationOfficer", "PK-ISB"), (arrival.CandidateRole, arrival.CandidateOffice));
        env.Clock.Advance(TimeSpan.FromDays(1));
        await CompleteAsync(env, "reintegration", caseId, "Arrival confirmation", "Arrived", new JsonObject { ["arrivedOn"] = flightDay.AddDays(1).ToString("O") });
        // The plan within the caps: one approval, then its delivery.
        // A fresh sign-in each time: the skipped clock outlives an access token.
        Task<HttpClient> Origin() => env.Server.WithAccessTokenAsync("reintegration");
        var version = (int)(await (await Origin()).GetJsonAsync($"/api/cases/{caseId}"))["version"]!;
        var added = await (await Origin()).PostAsJsonAsync($"/api/cases/{caseId}/reintegration/items", new JsonObject
        {
            ["version"] = version, ["kind"] = "VocationalTraining", ["description"] = "Welding course", ["amount"] = 900, ["modality"] = "InKind",
            ["referralNeeded"] = true, ["provider"] = "Technical college, Rawalpindi",
        });
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        await CompleteAsync(env, "reintegration", caseId, "Reintegration plan", "Submitted", new JsonObject { ["agreedOn"] = Today(env) });
        await CompleteAsync(env, "manager", caseId, "Approve the reintegration plan", "Approved", new JsonObject());
        Assert.Null(await FindTaskAsync(env, caseId, "Approve the reintegration plan above the cap")); // within the caps: not needed
        var planned = await (await Origin()).GetJsonAsync($"/api/cases/{caseId}");
        var item = (string)planned["reintegration"]!["plan"]!["items"]![0]!["id"]!;
        var delivered = await (await Origin()).PostAsJsonAsync($"/api/cases/{caseId}/reintegration/items/{item}/delivery",
            new JsonObject { ["version"] = (int)planned["version"]!, ["deliveredOn"] = Today(env), ["note"] = "Enrolled" });
        Assert.True(delivered.IsSuccessStatusCode, await delivered.Content.ReadAsStringAsync());
        // Whatever today's date, the demo programme runs past the +12-month visit.
        await MonitoringSteps.ProgrammeEndsAsync(env, flightDay.AddYears(2));
        await CompleteAsync(env, "reintegration", caseId, "Deliver the reintegration plan", "All delivered", new JsonObject());
        phases = await PhasesAsync(env, caseId);
        Assert.Equal(WorkflowStatus.Finished, phases["arrival-and-reintegration"].Status);
        var departed = await (await env.Server.WithAccessTokenAsync("operations")).GetJsonAsync($"/api/cases/{caseId}");
        var booking = Assert.Single(departed["travelDocuments"]!["bookings"]!.AsArray())!;
        Assert.Equal(("TK 1022", "Departed", 50m, "EUR"), ((string?)booking["flightNumber"], (string?)booking["status"], (decimal)booking["allowanceAmount"]!, (string?)booking["allowanceCurrency"]));
        Assert.Null((string?)booking["fitCheckedOn"]);
        var milestones = await env.InDatabaseAsync(db => db.Set<ReturnWorkflows.Cases.Model.Person>().Where(p => p.CaseId == caseId)
            .Select(p => new { p.DepartedOn, p.ArrivedOn, p.PlanApprovedOn }).ToListAsync());
        Assert.NotNull(milestones[0].PlanApprovedOn);
        Assert.Equal((flightDay, flightDay.AddDays(1)), (Assert.Single(milestones).DepartedOn, milestones[0].ArrivedOn));
        // Phase five: monitoring from the arrival, +1, +3, +6 and +12 months, between the two surveys; then the closure.
        Assert.Equal(WorkflowStatus.Running, phases["monitoring"].Status);
        await MonitoringSteps.SurveyAsync(env, caseId, "Baseline");
        await CompleteAsync(env, "reintegration", caseId, "Sustainability survey (baseline)", "Recorded", new JsonObject());
        var arrivedOn = flightDay.AddDays(1);
        Assert.Equal([arrivedOn.AddMonths(1), arrivedOn.AddMonths(3), arrivedOn.AddMonths(6), arrivedOn.AddMonths(12)],
            await MonitoringSteps.MakeEveryContactAsync(env, caseId));
        await MonitoringSteps.SurveyAsync(env, caseId, "Endline");
        await CompleteAsync(env, "reintegration", caseId, "Sustainability survey (end of monitoring)", "Recorded", new JsonObject());
        await CompleteAsync(env, "reintegration", caseId, "Propose closing the case: support ended", "Closure proposed", new JsonObject { ["note"] = "Business runs." });
        var proposed = await (await env.Server.WithAccessTokenAsync("manager")).GetJsonAsync($"/api/cases/{caseId}");
        Assert.Equal("SupportPeriodEnded", (string?)proposed["closure"]!["proposal"]!["reason"]);
        var decided = await (await env.Server.WithAccessTokenAsync("manager")).PostAsJsonAsync($"/api/cases/{caseId}/closure/decision",
            new JsonObject { ["version"] = (int)proposed["version"]!, ["approve"] = true });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        var closed = await (await env.Server.WithAccessTokenAsync("manager")).GetJsonAsync($"/api/cases/{caseId}");
        Assert.Equal(("Closed", "SupportPeriodEnded"), ((string?)closed["status"], (string?)closed["closureReason"]));
        Assert.Equal(WorkflowStatus.Finished, (await PhasesAsync(env, caseId))["monitoring"].Status);
        // Every phase's watch ended with it; nothing of the case waits any more.
        Assert.Empty(await env.InDatabaseAsync(db => db.Bookmarks.Where(b => db.WorkflowInstances.Any(i => i.Id == b.WorkflowInstanceId && i.CaseId == caseId)).ToListAsync()));
        Assert.Empty(await env.InDatabaseAsync(db => db.HumanTasks.Where(t => t.CaseId == caseId && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Assigned)).ToListAsync()));
    }
}
