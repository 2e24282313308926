using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Activities;
using ReturnWorkflows.Engine.Runtime;
using static ReturnWorkflows.Server.Tests.Cases.CaseSteps;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// The shipped travel phase with the clock skipped, on both providers: a household with a medical need is checked fit
/// to travel only when the window before its flight opens; a failed departure goes back to booking; what the case
/// refuses (a flight after a document's expiry, a briefing without re-confirmed consent) is refused by the task with
/// the field named and changes nothing.
/// </summary>
public sealed class TravelPhaseTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_household_with_a_medical_need_is_checked_fit_in_the_window_before_its_flight_and_departs(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Flying");
        var expiry = DateOnly.Parse(Today(env)).AddDays(60);
        await DocumentedAsync(env, caseId, expiry, medicalNeed: true);
        await StartTravelAsync(env, caseId);

        var booking = await TaskAsync(env, caseId, "Flight booking");
        Assert.Equal(("OperationsOfficer", "BA-SJJ"), (booking.CandidateRole, booking.CandidateOffice));
        // A flight after the laissez-passer's expiry is refused, naming the field; nothing is booked.
        var tooLate = await TryCompleteAsync(env, "operations", caseId, "Flight booking", "Booked", Flight(expiry.AddDays(1)));
        Assert.Equal(HttpStatusCode.BadRequest, tooLate.StatusCode);
        Assert.Contains("form.departsOn", await tooLate.Content.ReadAsStringAsync());
        Assert.Empty((await CaseAsync(env, caseId))["travelDocuments"]!["bookings"]!.AsArray());

        var flightDay = DateOnly.Parse(Today(env)).AddDays(20);
        await CompleteAsync(env, "operations", caseId, "Flight booking", "Booked", Flight(flightDay));
        // The briefing needs everyone's consent re-confirmed.
        var unconfirmed = await TryCompleteAsync(env, "counsellor", caseId, "Pre-departure briefing", "Briefed",
            new JsonObject { ["briefedOn"] = Today(env), ["allowanceAmount"] = 80, ["consentReconfirmed"] = false });
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("form.consentReconfirmed", await unconfirmed.Content.ReadAsStringAsync());
        await CompleteAsync(env, "counsellor", caseId, "Pre-departure briefing", "Briefed",
            new JsonObject { ["briefedOn"] = Today(env), ["allowanceAmount"] = 80, ["consentReconfirmed"] = true });

        // The check's task waits for its window: three days before the flight, by the shipped drawing.
        Assert.Null(await FindTaskAsync(env, caseId, "Fit-to-travel check"));
        var window = await env.InDatabaseAsync(db => db.Bookmarks.SingleAsync(b => b.Name == FitToTravelCheck.WindowBookmarkName
            && db.WorkflowInstances.Any(i => i.Id == b.WorkflowInstanceId && i.CaseId == caseId)));
        Assert.Equal(flightDay.AddDays(-3).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), window.DueAt);
        env.Clock.Advance(TimeSpan.FromDays(16));
        await DrainAsync(env);
        Assert.Null(await FindTaskAsync(env, caseId, "Fit-to-travel check"));
        env.Clock.Advance(TimeSpan.FromDays(1));
        await DrainAsync(env);
        var check = await TaskAsync(env, caseId, "Fit-to-travel check");
        Assert.Contains("\"WindowDays\":3", check.StepSettings);
        Assert.Null(await FindTaskAsync(env, caseId, "Departure confirmation"));

        await CompleteAsync(env, "operations", caseId, "Fit-to-travel check", "Fit to travel",
            new JsonObject { ["checkedOn"] = Today(env), ["airlineMedicalFormDone"] = true });
        // Found fit, but nobody flies before the origin office accepted the case: the departure step waits for it.
        Assert.Null(await FindTaskAsync(env, caseId, "Departure confirmation"));
        await HandOverAsync(env, caseId);
        env.Clock.Advance(TimeSpan.FromDays(3));
        await CompleteAsync(env, "operations", caseId, "Departure confirmation", "Departed", new JsonObject { ["on"] = flightDay.ToString("O") });

        var phases = await PhasesAsync(env, caseId);
        Assert.Equal(WorkflowStatus.Finished, phases["travel"].Status);
        Assert.Equal(WorkflowStatus.Running, phases["arrival-and-reintegration"].Status);
        var departed = await CaseAsync(env, caseId);
        var flight = Assert.Single(departed["travelDocuments"]!["bookings"]!.AsArray())!;
        Assert.Equal(("Departed", true, "GRP-0412"), ((string?)flight["status"], (bool?)flight["fitToTravel"], (string?)flight["groupReference"]));
        Assert.Equal(3, flight["travellerIds"]!.AsArray().Count);
        var milestones = await env.InDatabaseAsync(db => db.Set<Person>().Where(p => p.CaseId == caseId).Select(p => p.DepartedOn).ToListAsync());
        Assert.All(milestones, on => Assert.Equal(flightDay, on));
        using var page = await env.Server.SignedInAsync("operations");
        var html = WebUtility.HtmlDecode(await page.GetStringAsync($"/cases/{caseId}"));
        Assert.Contains("<td>TK 1022</td>", html);
        Assert.Contains(">Departed</span>", html);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Without_a_medical_need_no_check_is_made_and_a_failed_departure_goes_back_to_booking(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Rebooked");
        await DocumentedAsync(env, caseId, DateOnly.Parse(Today(env)).AddDays(90), medicalNeed: false);
        await StartTravelAsync(env, caseId);
        var flightDay = DateOnly.Parse(Today(env)).AddDays(10);
        await CompleteAsync(env, "operations", caseId, "Flight booking", "Booked", Flight(flightDay));
        await CompleteAsync(env, "counsellor", caseId, "Pre-departure briefing", "Briefed",
            new JsonObject { ["briefedOn"] = Today(env), ["allowanceAmount"] = 0, ["consentReconfirmed"] = true });

        await HandOverAsync(env, caseId);
        // Fit-to-travel left through "Not needed" at once: the departure's task is there, no check's.
        Assert.Null(await FindTaskAsync(env, caseId, "Fit-to-travel check"));
        env.Clock.Advance(TimeSpan.FromDays(10));
        await CompleteAsync(env, "operations", caseId, "Departure confirmation", "Departure failed",
            new JsonObject { ["on"] = flightDay.ToString("O"), ["note"] = "flight cancelled by the airline" });

        var rebooking = await TaskAsync(env, caseId, "Flight booking");
        Assert.Equal("OperationsOfficer", rebooking.CandidateRole);
        var failed = Assert.Single((await CaseAsync(env, caseId))["travelDocuments"]!["bookings"]!.AsArray())!;
        Assert.Equal(("DepartureFailed", "flight cancelled by the airline"), ((string?)failed["status"], (string?)failed["outcomeNote"]));
        var milestones = await env.InDatabaseAsync(db => db.Set<Person>().Where(p => p.CaseId == caseId).Select(p => p.DepartedOn).ToListAsync());
        Assert.All(milestones, Assert.Null);
        Assert.Equal(WorkflowStatus.Running, (await PhasesAsync(env, caseId))["travel"].Status);
    }

    private static JsonObject Flight(DateOnly day) => new()
    {
        ["flightNumber"] = "tk 1022", ["departsOn"] = day.ToString("O"), ["route"] = "SJJ - IST - ISB", ["escort"] = "IOM operations escort", ["groupReference"] = "grp-0412",
    };

    private static async Task<JsonObject> CaseAsync(ClockedCaseServer env, string caseId) =>
        (await (await env.Server.WithAccessTokenAsync("operations")).GetJsonAsync($"/api/cases/{caseId}")).AsObject();
}
