using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Server.Tests.Documents;
using static ReturnWorkflows.Server.Tests.Cases.CaseSteps;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// The reintegration plan after the arrival, with the clock skipped, on both providers: the origin office enters the
/// items (bad input refused, nothing changed) and submits the plan; a plan above the demo programme's cap (5,000 EUR per
/// household) needs the programme's approver after the manager, who may not give both approvals; each item is then
/// delivered with its receipt and the delivery task completes only when all are. Declining support proposes closure.
/// </summary>
public sealed class ReintegrationPlanTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_plan_above_the_cap_needs_the_programmes_approver_and_is_delivered_item_by_item(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Planned");
        await DocumentedAsync(env, caseId, DateOnly.Parse(Today(env)).AddDays(90), medicalNeed: false);
        await StartTravelAsync(env, caseId);
        var arrivedOn = await TravelAndArriveAsync(env, caseId);

        var plan = await TaskAsync(env, caseId, "Reintegration plan");
        Assert.Equal(("ReintegrationOfficer", "PK-ISB"), (plan.CandidateRole, plan.CandidateOffice));
        // A fresh sign-in each time: the skipped clock outlives an access token.
        Task<HttpClient> Origin() => env.Server.WithAccessTokenAsync("reintegration");
        var seen = await (await Origin()).GetJsonAsync($"/api/cases/{caseId}");
        var principal = (string)seen["reintegration"]!["returneeIds"]![0]!;
        Assert.Equal(3, seen["reintegration"]!["returneeIds"]!.AsArray().Count);

        // Bad input is refused naming the field, and changes nothing.
        var version = (int)seen["version"]!;
        var refused = await (await Origin()).PostAsJsonAsync($"/api/cases/{caseId}/reintegration/items", Item(version, "MicroBusiness", null, -5));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("amount", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key));
        var referral = Item(version, "Education", null, 0);
        referral["referralNeeded"] = true;
        Assert.Equal(HttpStatusCode.BadRequest, (await (await Origin()).PostAsJsonAsync($"/api/cases/{caseId}/reintegration/items", referral)).StatusCode);
        Assert.Equal(version, (int)(await (await Origin()).GetJsonAsync($"/api/cases/{caseId}"))["version"]!);
        // The partner of the same office is shown no referral of this case, so the case does not exist for them.
        var partner = await env.AsAsync("partner");
        Assert.Equal(HttpStatusCode.NotFound, (await partner.PostAsJsonAsync($"/api/cases/{caseId}/reintegration/items", Item(version, "Housing", null, 100))).StatusCode);
        Assert.Equal(version, (int)(await (await Origin()).GetJsonAsync($"/api/cases/{caseId}"))["version"]!);

        version = await AddItemAsync(await Origin(), caseId, Item(version, "MicroBusiness", null, 4_000));
        version = await AddItemAsync(await Origin(), caseId, Item(version, "ImmediateCash", principal, 1_500));
        env.Clock.Advance(TimeSpan.FromDays(3));
        await CompleteAsync(env, "reintegration", caseId, "Reintegration plan", "Submitted", new JsonObject { ["agreedOn"] = arrivedOn.AddDays(3).ToString("O") });

        // The manager approves; 5,500 EUR is above the household cap, so the programme's approver is asked next.
        var approval = await TaskAsync(env, caseId, "Approve the reintegration plan");
        Assert.Equal(("ProgrammeManager", "BA-SJJ"), (approval.CandidateRole, approval.CandidateOffice));
        await CompleteAsync(env, "manager", caseId, "Approve the reintegration plan", "Approved", new JsonObject());
        Assert.Equal("AwaitingCapApproval", (string?)(await (await Origin()).GetJsonAsync($"/api/cases/{caseId}"))["reintegration"]!["plan"]!["status"]);
        // The programme's approver above the cap is told by name, in the application and by e-mail.
        Assert.Contains(await env.InDatabaseAsync(db => db.Notifications.Where(n => n.Link == $"/cases/{caseId}").Select(n => new { n.UserName, n.Title }).ToListAsync()),
            n => n.UserName == "approver" && n.Title.StartsWith("Reintegration plan above the cap"));
        var aboveCap = await TryCompleteAsync(env, "manager", caseId, "Approve the reintegration plan above the cap", "Approved", new JsonObject());
        Assert.False(aboveCap.IsSuccessStatusCode);
        Assert.NotEqual(HttpStatusCode.InternalServerError, aboveCap.StatusCode);
        await CompleteAsync(env, "approver", caseId, "Approve the reintegration plan above the cap", "Approved", new JsonObject());
        var approvedOn = DateOnly.FromDateTime(env.Clock.GetUtcNow().UtcDateTime);
        var milestones = await env.InDatabaseAsync(db => db.Set<ReturnWorkflows.Cases.Model.Person>().Where(p => p.CaseId == caseId).Select(p => p.PlanApprovedOn).ToListAsync());
        Assert.All(milestones, on => Assert.Equal(approvedOn, on));

        // Delivery: due 60 days after the approval, at the origin office; refused until every item is delivered.
        var delivery = await TaskAsync(env, caseId, "Deliver the reintegration plan");
        Assert.Equal("PK-ISB", delivery.CandidateOffice);
        Assert.Equal(env.Clock.GetUtcNow().UtcDateTime.AddDays(60), delivery.DueAt!.Value, TimeSpan.FromMinutes(1));
        var early = await TryCompleteAsync(env, "reintegration", caseId, "Deliver the reintegration plan", "All delivered", new JsonObject());
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("2 of the plan's 2 items are not delivered yet", await early.Content.ReadAsStringAsync());

        var upload = await (await Origin()).PostAsync($"/api/cases/{caseId}/documents",
            DocumentServer.Upload(DocumentServer.Pdf("handover certificate"), "certificate.pdf", "HandoverCertificate"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var receiptId = (string)(await upload.Content.ReadFromJsonAsync<JsonObject>())!["documentId"]!;
        // The origin office files only the documents of its own work.
        Assert.Equal(HttpStatusCode.BadRequest, (await (await Origin()).PostAsync($"/api/cases/{caseId}/documents",
            DocumentServer.Upload(DocumentServer.Pdf("passport"), "passport.pdf", "IdentityDocument"))).StatusCode);

        var items = (await (await Origin()).GetJsonAsync($"/api/cases/{caseId}"))["reintegration"]!["plan"]!["items"]!.AsArray();
        env.Clock.Advance(TimeSpan.FromDays(10));
        foreach (var item in items)
        {
            var current = (int)(await (await Origin()).GetJsonAsync($"/api/cases/{caseId}"))["version"]!;
            var delivered = await (await Origin()).PostAsJsonAsync($"/api/cases/{caseId}/reintegration/items/{(string)item!["id"]!}/delivery", new JsonObject
            {
                ["version"] = current, ["deliveredOn"] = Today(env), ["note"] = "Handed over", ["receiptDocumentId"] = (string?)item["kind"] == "MicroBusiness" ? receiptId : null,
            });
            Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        }
        var done = (await (await Origin()).GetJsonAsync($"/api/cases/{caseId}"))["reintegration"]!["plan"]!["items"]!.AsArray();
        Assert.All(done, i => Assert.Equal(Today(env), (string?)i!["deliveredOn"]));
        Assert.Contains(done, i => (string?)i!["receiptDocumentId"] == receiptId);
        // The origin office reads back the certificate it filed.
        Assert.Equal(HttpStatusCode.OK, (await (await Origin()).GetAsync($"/api/cases/{caseId}/documents/{receiptId}/content")).StatusCode);

        await CompleteAsync(env, "reintegration", caseId, "Deliver the reintegration plan", "All delivered", new JsonObject());
        Assert.Equal(WorkflowStatus.Finished, (await PhasesAsync(env, caseId))["arrival-and-reintegration"].Status);
        var audited = await env.InDatabaseAsync(db => db.CaseAudit.Where(a => a.CaseId == caseId && a.Section == "reintegration").Select(a => a.Field).ToListAsync());
        Assert.Contains("plan.status", audited);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Returnees_who_decline_support_have_the_closure_proposed_with_that_reason(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Declining");
        await DocumentedAsync(env, caseId, DateOnly.Parse(Today(env)).AddDays(90), medicalNeed: false);
        await StartTravelAsync(env, caseId);
        await TravelAndArriveAsync(env, caseId);

        var unexplained = await TryCompleteAsync(env, "reintegration", caseId, "Reintegration plan", "Declines support", new JsonObject());
        Assert.Equal(HttpStatusCode.BadRequest, unexplained.StatusCode);
        Assert.Contains("form.note", await unexplained.Content.ReadAsStringAsync());
        // Submitting an empty plan is refused too.
        Assert.False((await TryCompleteAsync(env, "reintegration", caseId, "Reintegration plan", "Submitted", new JsonObject { ["agreedOn"] = Today(env) })).IsSuccessStatusCode);

        await CompleteAsync(env, "reintegration", caseId, "Reintegration plan", "Declines support", new JsonObject { ["note"] = "They found work through relatives." });
        var seen = await (await env.AsAsync("supervisor")).GetJsonAsync($"/api/cases/{caseId}");
        Assert.Equal("Declined", (string?)seen["reintegration"]!["plan"]!["status"]);
        Assert.Equal("ReturneeOptedOut", (string?)seen["closure"]!["proposal"]!["reason"]);
        // The programme managers of the host office are told, to decide.
        Assert.Contains("manager", await env.InDatabaseAsync(db => db.Notifications.Where(n => n.Link != null && n.Link.Contains(caseId)).Select(n => n.UserName).ToListAsync()));
        Assert.Equal(WorkflowStatus.Finished, (await PhasesAsync(env, caseId))["arrival-and-reintegration"].Status);
    }

    private static JsonObject Item(int version, string kind, string? personId, decimal amount) => new()
    {
        ["version"] = version, ["kind"] = kind, ["personId"] = personId, ["description"] = $"{kind} support", ["amount"] = amount,
        ["modality"] = "Cash", ["referralNeeded"] = false, ["provider"] = null,
    };

    private static async Task<int> AddItemAsync(HttpClient client, string caseId, JsonObject item)
    {
        var added = await client.PostAsJsonAsync($"/api/cases/{caseId}/reintegration/items", item);
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        return (int)(await added.Content.ReadFromJsonAsync<JsonObject>())!["version"]!;
    }
}
