using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Tasks;
using static ReturnWorkflows.Server.Tests.Cases.CaseSteps;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// Two households on one flight with one escort, on both providers: the operations officer sees the cases waiting for
/// a flight, a group booking that one household's document cannot make books nobody and names that case, and the
/// booking that can completes both cases' flight-booking steps with one group reference.
/// </summary>
public sealed class GroupBookingTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Two_households_are_booked_on_one_flight_or_neither_is(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var today = DateOnly.Parse(Today(env));
        var first = await env.OpenFamilyAsync("Grouped");
        var second = await env.OpenFamilyAsync("Together");
        await DocumentedAsync(env, first, today.AddDays(90), medicalNeed: false);
        await DocumentedAsync(env, second, today.AddDays(25), medicalNeed: false);
        await StartTravelAsync(env, first);
        await StartTravelAsync(env, second);
        var operations = await env.AsAsync("operations");

        var waiting = (await operations.GetJsonAsync("/api/flights/waiting")).AsArray();
        Assert.Equal(2, waiting.Count);
        Assert.All(waiting, w => Assert.Contains((string)w!["caseId"]!, new[] { first, second }));
        var listed = waiting.Single(w => (string)w!["caseId"]! == second)!;
        Assert.Equal((3, today.AddDays(25).ToString("O")), ((int)listed["travellers"]!, (string?)listed["documentsExpireOn"]));

        // The second household's laissez-passer expires before the flight: nobody is booked, and the refusal names it.
        var flightDay = today.AddDays(30);
        var refused = await operations.PostAsJsonAsync("/api/flights/group-bookings", Body(flightDay, first, second));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("caseIds[1]", problem!["errors"]!.AsObject().Select(e => e.Key));
        Assert.NotNull(await FindTaskAsync(env, first, "Flight booking"));
        Assert.NotNull(await FindTaskAsync(env, second, "Flight booking"));
        Assert.Equal(0, await env.InDatabaseAsync(db => db.Set<ReturnWorkflows.Cases.Model.TravelBooking>().CountAsync()));

        // A case named by nothing is a 400 naming it, not a failure of the server.
        var unnamed = Body(flightDay, first);
        unnamed["caseIds"]!.AsArray().Add(null);
        var nameless = await operations.PostAsJsonAsync("/api/flights/group-bookings", unnamed);
        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
        Assert.Contains("caseIds[1]", (await nameless.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key));

        // A counsellor books no flights.
        var counsellor = await env.AsAsync("counsellor");
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.PostAsJsonAsync("/api/flights/group-bookings", Body(today.AddDays(20), first, second))).StatusCode);

        var booked = await operations.PostAsJsonAsync("/api/flights/group-bookings", Body(today.AddDays(20), first, second));
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var group = (string)(await booked.Content.ReadFromJsonAsync<JsonObject>())!["groupReference"]!;
        Assert.Equal($"GRP-{today.AddDays(20):yyyyMMdd}-JU681", group);
        foreach (var caseId in new[] { first, second })
        {
            var booking = Assert.Single((await operations.GetJsonAsync($"/api/cases/{caseId}"))["travelDocuments"]!["bookings"]!.AsArray())!;
            Assert.Equal(("JU 681", group, "Operations escort Sarajevo", 3), ((string?)booking["flightNumber"], (string?)booking["groupReference"],
                (string?)booking["escort"], booking["travellerIds"]!.AsArray().Count));
            Assert.Null(await FindTaskAsync(env, caseId, "Flight booking"));
            Assert.NotNull(await FindTaskAsync(env, caseId, "Pre-departure briefing"));
            var completed = await env.InDatabaseAsync(db => db.HumanTasks.SingleAsync(t => t.CaseId == caseId && t.Title == "Flight booking"));
            Assert.Equal((HumanTaskStatus.Completed, "operations"), (completed.Status, completed.CompletedBy));
        }
        var left = (await operations.GetJsonAsync("/api/flights/waiting")).AsArray().Select(w => (string)w!["caseId"]!).ToList();
        Assert.DoesNotContain(first, left);
        Assert.DoesNotContain(second, left);
    }

    private static JsonObject Body(DateOnly day, params string[] caseIds) => new()
    {
        ["flightNumber"] = "JU 681", ["departsOn"] = day.ToString("O"), ["route"] = "BEG - IST - ISB", ["escort"] = "Operations escort Sarajevo",
        ["caseIds"] = new JsonArray(caseIds.Select(id => (JsonNode?)id).ToArray()),
    };
}
