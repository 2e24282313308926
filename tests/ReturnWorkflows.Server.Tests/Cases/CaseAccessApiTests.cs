using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>Need to know through the API: outsiders, other offices, sensitive sections, and the audit of reads and changes.</summary>
public sealed class CaseAccessApiTests(CaseServer api) : IClassFixture<CaseServer>
{
    /// <summary>A valid body for each case endpoint that reads one, so that only the access rule can refuse.</summary>
    private static JsonObject? BodyFor(string method, string route) => (method, route) switch
    {
        ("PUT", "/api/cases/{caseId}") => new() { ["version"] = 1, ["countryOfReturn"] = "AF" },
        ("PUT", "/api/cases/{caseId}/planned-departure") => new() { ["version"] = 1, ["plannedDeparture"] = "2030-01-15" },
        ("POST", "/api/cases/{caseId}/persons") => new()
            { ["version"] = 1, ["member"] = CaseBodies.Person(CaseBodies.Details("Omar", "Outsider", "Sibling"), CaseBodies.Consent()) },
        ("PUT", "/api/cases/{caseId}/persons/{personId}") => new() { ["version"] = 1, ["details"] = CaseBodies.Details("A", "B", "PrincipalApplicant") },
        ("POST", "/api/cases/{caseId}/persons/{personId}/consents") => new() { ["version"] = 1, ["consent"] = CaseBodies.Consent() },
        ("POST", "/api/cases/{caseId}/persons/{personId}/vulnerabilities") => new() { ["version"] = 1, ["kind"] = "Other", ["findings"] = "x" },
        ("POST", "/api/cases/{caseId}/persons/{personId}/contacts") => new()
            { ["contactedAt"] = DateTimeOffset.UtcNow.ToString("O"), ["channel"] = "Phone", ["reached"] = true, ["note"] = "x" },
        ("POST", "/api/cases/{caseId}/notes") => new() { ["text"] = "x" },
        ("POST", "/api/cases/{caseId}/persons/{personId}/withdrawal") => new() { ["version"] = 1, ["reason"] = "ChangedMind", ["note"] = null },
        ("POST", "/api/cases/{caseId}/closure") => new() { ["version"] = 1, ["reason"] = "NoShow", ["note"] = null },
        ("POST", "/api/cases/{caseId}/closure/decision") => new() { ["version"] = 1, ["approve"] = true, ["note"] = null },
        ("POST", "/api/cases/{caseId}/reopening") => new() { ["version"] = 1, ["reason"] = "x" },
        ("POST", "/api/cases/{caseId}/milestones") => new() { ["version"] = 1, ["milestone"] = "Departed", ["on"] = "2026-01-05" },
        ("POST", "/api/cases/{caseId}/flags/clearance") => new() { ["version"] = 1, ["flag"] = "CountryStatusChanged" },
        ("DELETE", "/api/cases/{caseId}/documents/{documentId}") => new() { ["reason"] = "x" },
        ("POST", "/api/cases/{caseId}/documents") => null, // multipart: DocumentUpload
        ("POST", "/api/cases/{caseId}/protection-screen") => new()
            { ["version"] = 1, ["indicators"] = new JsonObject { ["trafficking"] = false, ["unaccompaniedMinor"] = false, ["medicalNeed"] = false } },
        ("POST", "/api/cases/{caseId}/persons/{personId}/best-interests-determination") => new()
            { ["version"] = 1, ["authority"] = "Centre for Social Work", ["determinedOn"] = "2026-01-05" },
        ("POST", "/api/cases/{caseId}/country-clearance") => new() { ["version"] = 1, ["note"] = "x" },
        ("POST", "/api/cases/{caseId}/eligibility/proposal") => new()
        {
            ["version"] = 1, ["criteria"] = new JsonObject
            {
                ["noMeansToPay"] = true, ["intendsToLeavePermanently"] = true, ["hasOrCanGetTravelDocument"] = true,
                ["returnPossible"] = true, ["noGovernmentObjection"] = true, ["notInNeedOfProtection"] = true,
            },
        },
        ("POST", "/api/cases/{caseId}/eligibility/decision") => new() { ["version"] = 1, ["approve"] = true },
        ("POST", "/api/cases/{caseId}/reintegration/items") => new()
            { ["version"] = 1, ["kind"] = "Housing", ["description"] = "x", ["amount"] = 1, ["modality"] = "Cash", ["referralNeeded"] = false },
        ("POST", "/api/cases/{caseId}/reintegration/items/{itemId}/removal") => new() { ["version"] = 1 },
        ("POST", "/api/cases/{caseId}/reintegration/items/{itemId}/delivery") => new() { ["version"] = 1, ["deliveredOn"] = "2026-01-05" },
        ("POST", "/api/cases/{caseId}/legal-status") => new() { ["version"] = 1, ["status"] = "ReturnDecision", ["departureDeadline"] = "2027-01-05" },
        ("POST", "/api/cases/{caseId}/monitoring/surveys") => new()
            { ["version"] = 1, ["round"] = "Baseline", ["personId"] = "x", ["answeredOn"] = "2026-01-05", ["answers"] = new JsonObject { ["income"] = "covers" } },
        ("GET", _) => null,
        _ => throw new InvalidOperationException($"No sample body for {method} {route}: add one so the outsider test covers it."),
    };

    private static MultipartFormDataContent DocumentUpload()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("%PDF-1.4 walked"u8.ToArray()), "file", "walked.pdf");
        form.Add(new StringContent("Other"), "section");
        return form;
    }

    [Theory]
    [InlineData("partner")]
    [InlineData("counsellor.belgrade")]
    public async Task Every_endpoint_of_a_case_answers_404_to_someone_who_may_not_see_it(string outsider)
    {
        var id = (string)(await api.OpenFamilyAsync(family: "Walked"))["caseId"]!;
        var personId = (string)(await api.As("counsellor").GetJsonAsync($"/api/cases/{id}"))["persons"]![0]!["id"]!;
        var uploaded = await api.As("counsellor").PostAsync($"/api/cases/{id}/documents", DocumentUpload());
        var documentId = (string)(await uploaded.Content.ReadFromJsonAsync<JsonObject>())!["documentId"]!;
        var endpoints = api.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            // The API's; the pages (/cases/{caseId}, cookie only) are walked by CasePageTests.
            .Where(e => e.RoutePattern.RawText!.Contains("api/cases/{caseId}")).ToList();
        Assert.True(endpoints.Count >= 7, $"only {endpoints.Count} case endpoints found");

        var answers = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = ("/" + endpoint.RoutePattern.RawText!.TrimStart('/')).TrimEnd('/');
            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods)
            {
                var request = new HttpRequestMessage(new HttpMethod(method),
                    route.Replace("{caseId}", id).Replace("{personId}", personId).Replace("{documentId}", documentId));
                if (BodyFor(method, route) is { } body) request.Content = JsonContent.Create(body);
                if ((method, route) is ("POST", "/api/cases/{caseId}/documents")) request.Content = DocumentUpload();
                var response = await api.As(outsider).SendAsync(request);
                if (response.StatusCode != HttpStatusCode.NotFound) answers.Add($"{method} {route}: {(int)response.StatusCode}");
            }
        }
        Assert.Empty(answers);
        Assert.DoesNotContain((await api.As(outsider).GetJsonAsync("/api/cases"))["items"]!.AsArray(), c => (string?)c!["id"] == id);
        var unchanged = await api.As("counsellor").GetJsonAsync($"/api/cases/{id}");
        Assert.Equal((1, 3), ((int)unchanged["version"]!, unchanged["persons"]!.AsArray().Count));
    }

    [Fact]
    public async Task A_trafficking_finding_reaches_protection_and_supervisors_only_and_no_log_line_journal_task_or_job_argument()
    {
        var canary = $"CANARY-{Guid.NewGuid():N}";
        var opened = await api.OpenFamilyAsync(family: "Canary");
        var id = (string)opened["caseId"]!;
        var counsellor = api.As("counsellor");
        var principal = (string)(await counsellor.GetJsonAsync($"/api/cases/{id}"))["persons"]![0]!["id"]!;

        // The counsellor's rapid screen records it; from then on they cannot read it back.
        var recorded = await counsellor.PostAsJsonAsync($"/api/cases/{id}/persons/{principal}/vulnerabilities",
            new { version = 1, kind = "SuspectedVictimOfTrafficking", findings = $"Recruited with a false job offer. {canary}" });
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        await counsellor.PostAsJsonAsync($"/api/cases/{id}/persons/{principal}/vulnerabilities",
            new { version = 2, kind = "OlderPerson", findings = "Needs help at the airport." });

        foreach (var user in new[] { "counsellor", "operations", "manager", "admin" })
        {
            var text = await api.As(user).GetStringAsync($"/api/cases/{id}");
            Assert.DoesNotContain(canary, text);
            Assert.DoesNotContain("Trafficking", text);
            Assert.Contains("OlderPerson", text);
            Assert.DoesNotContain(canary, await api.As(user).GetStringAsync("/api/cases?q=canary"));
        }
        foreach (var user in new[] { "protection", "supervisor" })
        {
            var view = await api.As(user).GetJsonAsync($"/api/cases/{id}");
            Assert.Contains(canary, (string?)view["persons"]![0]!["vulnerabilities"]!.AsArray().Single(v => (string?)v!["kind"] == "SuspectedVictimOfTrafficking")!["findings"]);
            Assert.Contains("protection", view["sections"]!.AsArray().Select(s => (string?)s));
        }

        Assert.DoesNotContain(api.Logs.Lines, line => line.Contains(canary));
        // Nor does the engine's side hold it, or even the family's names: workflows get the case id and number only.
        var engine = await api.InDatabaseAsync(async db => string.Join("\n",
            (await db.JournalEntries.ToListAsync()).Select(j => JsonSerializer.Serialize(j)),
            (await db.HumanTasks.ToListAsync()).Select(t => JsonSerializer.Serialize(t)),
            (await db.WorkflowInstances.ToListAsync()).Select(i => i.State + i.Name + i.CorrelationId),
            (await db.Incidents.ToListAsync()).Select(i => JsonSerializer.Serialize(i)),
            (await db.OutboxMessages.ToListAsync()).Select(o => JsonSerializer.Serialize(o))));
        var audit = await api.InDatabaseAsync(async db => string.Join("\n",
            (await db.CaseAudit.ToListAsync()).Select(a => $"{a.Section} {a.Field} {a.OldValue} {a.NewValue}")));
        var jobArguments = ScheduledJobArguments.All(api.Server.Services.GetRequiredService<Hangfire.JobStorage>());
        Assert.DoesNotContain(canary, engine);
        Assert.DoesNotContain("Amina", engine);
        Assert.NotEmpty(jobArguments); // the recurring jobs at least: the reading works
        Assert.DoesNotContain(canary, jobArguments);
        Assert.DoesNotContain("Amina", jobArguments);
        Assert.DoesNotContain(canary, audit);
        Assert.DoesNotContain("Trafficking", audit);
    }

    [Fact]
    public async Task Reads_and_changes_are_audited_and_the_trail_is_for_supervisors_and_administrators()
    {
        var id = (string)(await api.OpenFamilyAsync(family: "Audited"))["caseId"]!;
        await api.As("counsellor").GetJsonAsync($"/api/cases/{id}");
        await api.As("counsellor").PutAsJsonAsync($"/api/cases/{id}", new { version = 1, countryOfReturn = "AF" });
        await api.As("counsellor").GetJsonAsync("/api/cases?q=audited");

        Assert.Equal(HttpStatusCode.Forbidden, (await api.As("counsellor").GetAsync($"/api/cases/{id}/audit")).StatusCode);
        var trail = (await api.As("supervisor").GetJsonAsync($"/api/cases/{id}/audit")).AsArray();
        Assert.Contains(trail, e => (string?)e!["action"] == "Created" && (string?)e["actor"] == "counsellor" && (string?)e["field"] == "number");
        Assert.Contains(trail, e => (string?)e!["action"] == "Read" && (string?)e["actor"] == "counsellor"
                                    && (string?)e["section"] == "case,people,consents,vulnerabilities,counselling,eligibility,travelDocuments,handover,reintegration");
        Assert.Contains(trail, e => (string?)e!["action"] == "Read" && (string?)e["section"] == "summary");
        var change = Assert.Single(trail, e => (string?)e!["action"] == "Changed");
        Assert.Equal(("case", "countryOfReturn", "PK", "AF"), ((string?)change!["section"], (string?)change["field"], (string?)change["oldValue"], (string?)change["newValue"]));
        Assert.Equal(HttpStatusCode.OK, (await api.As("admin").GetAsync($"/api/cases/{id}/audit")).StatusCode);
        // The supervisor's read of the trail is itself in it.
        Assert.Contains((await api.As("admin").GetJsonAsync($"/api/cases/{id}/audit")).AsArray(),
            e => (string?)e!["actor"] == "supervisor" && (string?)e["section"] == "audit");
    }
}
