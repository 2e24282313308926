using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Tasks;
using static ReturnWorkflows.Server.Tests.Cases.CaseSteps;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// The hand-over to the origin office and the arrival, with the clock skipped, on both providers: an office that does
/// not react in 7 days declines by itself and the host office's supervisor is told, the case is offered again; after
/// the departure an arrival not confirmed within 48 hours escalates.
/// </summary>
public sealed class HandoverTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task An_origin_office_that_does_not_react_declines_by_itself_and_an_unconfirmed_arrival_escalates(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Handed");
        await DocumentedAsync(env, caseId, DateOnly.Parse(Today(env)).AddDays(90), medicalNeed: false);
        await StartTravelAsync(env, caseId);

        await CompleteAsync(env, "counsellor", caseId, "Hand-over offer to the origin office", "Offered",
            new JsonObject { ["needsAssessment"] = "Housing for the first month." });
        var decision = await TaskAsync(env, caseId, "Hand-over: accept or decline the case");
        Assert.Equal(("ReintegrationOfficer", "PK-ISB"), (decision.CandidateRole, decision.CandidateOffice));
        // The origin office sees the offer with its needs assessment.
        var seen = await (await env.Server.WithAccessTokenAsync("reintegration")).GetJsonAsync($"/api/cases/{caseId}");
        Assert.Equal("Housing for the first month.", (string?)Assert.Single(seen["handover"]!["offers"]!.AsArray())!["needsAssessment"]);

        // Six days: nothing yet. Seven: declined by itself, the host office's supervisor told, the offer to be made again.
        env.Clock.Advance(TimeSpan.FromDays(6));
        await DrainAsync(env);
        Assert.NotNull(await FindTaskAsync(env, caseId, "Hand-over: accept or decline the case"));
        env.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await DrainAsync(env);
        Assert.Null(await FindTaskAsync(env, caseId, "Hand-over: accept or decline the case"));
        var closed = await env.InDatabaseAsync(db => db.HumanTasks.SingleAsync(t => t.Id == decision.Id));
        Assert.Equal((HumanTaskStatus.Completed, "Declined", HumanTaskActivity.SystemActorId), (closed.Status, closed.Outcome, closed.CompletedBy));
        var offers = (await CaseAsync(env, caseId))["handover"]!["offers"]!.AsArray();
        Assert.Equal(("DeclinedByItself", null), ((string?)offers[0]!["status"], (string?)offers[0]!["decidedBy"]));
        var told = await env.InDatabaseAsync(db => db.Notifications.Where(n => n.Link == $"/cases/{caseId}").Select(n => new { n.UserName, n.Title }).ToListAsync());
        Assert.Contains(told, n => n.UserName == "supervisor" && n.Title.Contains("declined by itself"));
        Assert.DoesNotContain(told, n => n.UserName == "reintegration");
        Assert.Empty(await env.InDatabaseAsync(db => db.Bookmarks.Where(b => b.Name == HumanTaskActivity.TimeoutBookmarkName).ToListAsync()));

        // Offered again, accepted this time; booked, briefed, departed.
        await HandOverAsync(env, caseId);
        var flightDay = DateOnly.Parse(Today(env)).AddDays(5);
        await CompleteAsync(env, "operations", caseId, "Flight booking", "Booked",
            new JsonObject { ["flightNumber"] = "TK 1022", ["departsOn"] = flightDay.ToString("O"), ["route"] = "SJJ - IST - ISB" });
        await CompleteAsync(env, "counsellor", caseId, "Pre-departure briefing", "Briefed",
            new JsonObject { ["briefedOn"] = Today(env), ["allowanceAmount"] = 60, ["consentReconfirmed"] = true });
        env.Clock.Advance(TimeSpan.FromDays(5));
        await CompleteAsync(env, "operations", caseId, "Departure confirmation", "Departed", new JsonObject { ["on"] = flightDay.ToString("O") });

        // The origin office has 48 hours to confirm the arrival; then the task escalates to its supervisors.
        var arrival = await TaskAsync(env, caseId, "Arrival confirmation");
        Assert.Equal(("PK-ISB", env.Clock.GetUtcNow().UtcDateTime.AddHours(48)), (arrival.CandidateOffice, arrival.DueAt!.Value), new ArrivalComparer());
        env.Clock.Advance(TimeSpan.FromHours(47));
        await DrainAsync(env);
        Assert.Equal(HumanTaskStatus.Open, (await TaskAsync(env, caseId, "Arrival confirmation")).Status);
        env.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        await DrainAsync(env);
        Assert.Equal(HumanTaskStatus.Escalated, (await TaskAsync(env, caseId, "Arrival confirmation")).Status);
        // The origin office's supervisor completes the escalated task: holding it gives no host view of the case.
        var created = await (await env.AsAsync("admin")).PostAsJsonAsync("/api/users", new JsonObject
        {
            ["userName"] = "isb.supervisor", ["displayName"] = "Islamabad Supervisor", ["email"] = "isb.supervisor@example.org", ["office"] = "PK-ISB",
            ["roles"] = new JsonArray("Supervisor"), ["password"] = "Return-Demo-2026",
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        await CompleteAsync(env, "isb.supervisor", caseId, "Arrival confirmation", "Arrived", new JsonObject { ["arrivedOn"] = flightDay.AddDays(1).ToString("O") });
        var asOrigin = await (await env.Server.WithAccessTokenAsync("isb.supervisor")).GetJsonAsync($"/api/cases/{caseId}");
        Assert.True((bool)asOrigin["asOriginOffice"]!);
        Assert.DoesNotContain("counselling", asOrigin["sections"]!.AsArray().Select(x => (string?)x));
        var arrived = await env.InDatabaseAsync(db => db.Set<ReturnWorkflows.Cases.Model.Person>().Where(p => p.CaseId == caseId).Select(p => p.ArrivedOn).ToListAsync());
        Assert.All(arrived, on => Assert.Equal(flightDay.AddDays(1), on));
    }

    private static async Task<JsonObject> CaseAsync(ClockedCaseServer env, string caseId) =>
        (await (await env.Server.WithAccessTokenAsync("supervisor")).GetJsonAsync($"/api/cases/{caseId}")).AsObject();

    /// <summary>The office exactly, the due date to the minute (the clock moved while the request ran).</summary>
    private sealed class ArrivalComparer : IEqualityComparer<(string?, DateTime)>
    {
        public bool Equals((string?, DateTime) x, (string?, DateTime) y) => x.Item1 == y.Item1 && Math.Abs((x.Item2 - y.Item2).TotalMinutes) < 1;
        public int GetHashCode((string?, DateTime) obj) => obj.Item1?.GetHashCode() ?? 0;
    }
}
