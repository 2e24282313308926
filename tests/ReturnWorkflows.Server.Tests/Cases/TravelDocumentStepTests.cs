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
/// The travel-document steps as tasks on both providers: the request makes no task until everyone consented to the
/// embassy being contacted (the case page says what it waits for), then reminds every 7 days and escalates after 30;
/// the receipt refuses a document that expires by the planned departure, and otherwise gives everyone the milestone.
/// </summary>
public sealed class TravelDocumentStepTests
{
    private const string Steps = """
        {"definitionId":"travel-document-steps","name":"Travel document steps",
         "root":{"id":"flow","type":"Elsa.Flowchart","activities":[
           {"id":"start","type":"Elsa.Start"},
           {"id":"request","type":"ReturnWorkflows.Cases.TravelDocumentRequest"},
           {"id":"receipt","type":"ReturnWorkflows.Cases.TravelDocumentReceipt"},
           {"id":"renewal","type":"ReturnWorkflows.Cases.TravelDocumentReceipt","title":{"typeName":"String","expression":{"type":"Literal","value":"Renewed document"}}},
           {"id":"end","type":"Elsa.End"}],
          "connections":[
           {"source":{"activity":"start","port":"Done"},"target":{"activity":"request","port":"In"}},
           {"source":{"activity":"request","port":"Requested"},"target":{"activity":"receipt","port":"In"}},
           {"source":{"activity":"receipt","port":"Received"},"target":{"activity":"renewal","port":"In"}},
           {"source":{"activity":"renewal","port":"Received"},"target":{"activity":"end","port":"In"}}]}}
        """;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task The_request_waits_for_the_embassy_consent_and_the_receipt_checks_the_expiry_against_the_departure(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Travelling");
        await StartAsync(env, caseId);
        var operations = await env.AsAsync("operations");

        // No consent to contacting the embassy: no task, and the case says why.
        Assert.Null(await TaskAsync(env, caseId, "case.travel-document-request"));
        var waiting = Assert.Single((await operations.GetJsonAsync($"/api/cases/{caseId}"))["waitingFor"]!.AsArray())!;
        Assert.Equal(["embassy-contact-consent"], waiting["gates"]!.AsArray().Select(g => (string?)g));
        using (var page = await env.Server.SignedInAsync("counsellor"))
            Assert.Contains("Waiting for: embassy-contact consent", WebUtility.HtmlDecode(await page.GetStringAsync($"/cases/{caseId}")));

        // Everyone consents (the child through the mother) from the case page's API: the last one releases the step.
        var counsellor = await env.AsAsync("counsellor");
        foreach (var person in (await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["persons"]!.AsArray())
        {
            var version = (int)(await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["version"]!;
            var consent = CaseBodies.Consent("ContactEmbassy", guardian: (string?)person!["details"]!["relationship"] == "Child" ? "Amina Travelling" : null);
            (await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/persons/{person["id"]}/consents", new JsonObject { ["version"] = version, ["consent"] = consent }))
                .EnsureSuccessStatusCode();
        }
        var request = await TaskAsync(env, caseId, "case.travel-document-request") ?? throw new Xunit.Sdk.XunitException("no request task after the consents");
        Assert.Equal(("Travel document request", "OperationsOfficer", "BA-SJJ", (DateTime?)null), (request.Title, request.CandidateRole, request.CandidateOffice, request.DueAt));
        var now = env.Clock.GetUtcNow().UtcDateTime;
        var reminders = await env.InDatabaseAsync(db => db.Bookmarks.Where(b => b.Name == HumanTaskActivity.ReminderBookmarkName).Select(b => b.DueAt!.Value).ToListAsync());
        Assert.Equal([7, 14, 21, 28], reminders.Select(at => (int)Math.Round((at - now).TotalDays)).Order());
        var escalation = await env.InDatabaseAsync(db => db.Bookmarks.SingleAsync(b => b.Name == HumanTaskActivity.EscalationBookmarkName));
        Assert.Equal(now.AddDays(30), escalation.DueAt!.Value, TimeSpan.FromMinutes(1));

        var today = DateOnly.FromDateTime(now);
        await CompleteAsync(operations, request, "Requested", new JsonObject { ["authority"] = "Embassy of Pakistan, Sarajevo", ["requestedOn"] = today.ToString("O") });
        var requests = (await operations.GetJsonAsync($"/api/cases/{caseId}"))["travelDocuments"]!["requests"]!.AsArray();
        Assert.Equal("Embassy of Pakistan, Sarajevo", (string?)Assert.Single(requests)!["authority"]);

        var departure = today.AddDays(40);
        var planned = await operations.PutAsJsonAsync($"/api/cases/{caseId}/planned-departure",
            new JsonObject { ["version"] = (int)(await operations.GetJsonAsync($"/api/cases/{caseId}"))["version"]!, ["plannedDeparture"] = departure.ToString("O") });
        Assert.Equal(HttpStatusCode.OK, planned.StatusCode);

        // The receipt opens with a row per person, empty: nobody holds a document yet.
        var receipt = await TaskAsync(env, caseId, "case.travel-document-receipt") ?? throw new Xunit.Sdk.XunitException("no receipt task");
        var opened = await operations.GetJsonAsync($"/api/tasks/{receipt.Id}/form");
        var persons = opened["persons"]!.AsArray();
        Assert.Equal(["Amina Travelling", "Tariq Travelling", "Sara Travelling"], persons.Select(p => (string?)p!["name"]));
        Assert.Equal(persons.Select(p => (string?)p!["id"]), opened["values"]!["persons"]!.AsArray().Select(r => (string?)r!["personId"]));
        Assert.Null(opened["values"]!["persons"]![0]!["number"]);
        // Sara's emergency document expires on the day of departure: refused on her row, with the reason; nothing changes.
        var before = await operations.GetJsonAsync($"/api/cases/{caseId}");
        var tooShort = await TryCompleteAsync(operations, receipt, "Received", Receipt(opened, today, departure.AddDays(180), sarasExpiry: departure));
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        var problem = (await tooShort.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(["form.persons[2].expiresOn"], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains("not after the planned departure", problem.ToJsonString());
        var unchanged = await operations.GetJsonAsync($"/api/cases/{caseId}");
        Assert.Equal((int)before["version"]!, (int)unchanged["version"]!);
        Assert.Empty(unchanged["travelDocuments"]!["documents"]!.AsArray());
        Assert.NotNull(await TaskAsync(env, caseId, "case.travel-document-receipt"));

        await CompleteAsync(operations, receipt, "Received", Receipt(opened, today, departure.AddDays(180), sarasExpiry: departure.AddDays(20)));
        var obtained = await operations.GetJsonAsync($"/api/cases/{caseId}");
        Assert.Equal(["ETD-2", "P-0", "P-1"], obtained["travelDocuments"]!["documents"]!.AsArray().Select(d => (string)d!["number"]!).Order(StringComparer.Ordinal));
        Assert.All(obtained["persons"]!.AsArray(), p => Assert.NotNull((string?)p!["travelDocumentObtainedAt"]));

        // A renewal opens with the documents on file; only Sara's changes, so only hers is recorded again.
        var renewal = await TaskAsync(env, caseId, "case.travel-document-receipt") ?? throw new Xunit.Sdk.XunitException("no renewal task");
        var held = await operations.GetJsonAsync($"/api/tasks/{renewal.Id}/form");
        Assert.Equal(["P-0", "P-1", "ETD-2"], held["values"]!["persons"]!.AsArray().Select(r => (string?)r!["number"]));
        Assert.Equal("EmergencyTravelDocument", (string?)held["values"]!["persons"]![2]!["kind"]);
        await CompleteAsync(operations, renewal, "Received", CaseSteps.Answered(held, new JsonObject { ["receivedOn"] = today.ToString("O") }, (row, i) =>
        {
            if (i == 2) { row["kind"] = "Passport"; row["number"] = "P-2"; row["expiresOn"] = departure.AddYears(5).ToString("O"); }
        }));
        var renewed = await operations.GetJsonAsync($"/api/cases/{caseId}");
        Assert.Equal(4, renewed["travelDocuments"]!["documents"]!.AsArray().Count);
        using (var page = await env.Server.SignedInAsync("operations"))
        {
            var html = WebUtility.HtmlDecode(await page.GetStringAsync($"/cases/{caseId}"));
            Assert.Contains($"Planned departure: {departure.ToString("d", System.Globalization.CultureInfo.GetCultureInfo("en"))}", html); // the viewer's culture
            Assert.Contains("<td>Embassy of Pakistan, Sarajevo</td>", html);
            Assert.Contains("<td>Passport</td><td>P-1</td>", html);
        }
        var instance = await env.InDatabaseAsync(db => db.WorkflowInstances.SingleAsync(i => i.CaseId == caseId && i.DefinitionId == "travel-document-steps"));
        Assert.Equal(Engine.Runtime.WorkflowStatus.Finished, instance.Status);
    }

    /// <summary>Passports for the adults (P-0, P-1) and an emergency travel document for the child (ETD-2), each on its row.</summary>
    private static JsonObject Receipt(JsonNode opened, DateOnly received, DateOnly expires, DateOnly sarasExpiry) =>
        CaseSteps.Answered(opened, new JsonObject { ["receivedOn"] = received.ToString("O") }, (row, i) =>
        {
            row["kind"] = i == 2 ? "EmergencyTravelDocument" : "Passport";
            row["number"] = i == 2 ? "ETD-2" : $"P-{i}";
            row["expiresOn"] = (i == 2 ? sarasExpiry : expires).ToString("O");
        });

    private static async Task StartAsync(ClockedCaseServer env, string caseId)
    {
        await using var scope = env.Server.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var seeded = await mediator.Send(new SeedWorkflowDefinition(Steps, "test.json"));
        await mediator.Send(new StartWorkflow(seeded.DefinitionId, CaseId: caseId));
    }

    private static Task<HumanTask?> TaskAsync(ClockedCaseServer env, string caseId, string formKey) =>
        env.InDatabaseAsync(db => db.HumanTasks.SingleOrDefaultAsync(t => t.CaseId == caseId && t.FormKey == formKey
            && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Assigned)));

    private static Task<HttpResponseMessage> TryCompleteAsync(HttpClient client, HumanTask task, string outcome, JsonObject form) =>
        client.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new JsonObject { ["outcome"] = outcome, ["form"] = form });

    private static async Task CompleteAsync(HttpClient client, HumanTask task, string outcome, JsonObject form)
    {
        var response = await TryCompleteAsync(client, task, outcome, form);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Complete {task.Title}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
