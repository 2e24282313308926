using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// The case pages as staff use them in a browser (cookie, forms, anti-forgery): the list shows only what the need-to-know
/// query admits, a case page is a 404 to an outsider and an audited read to others, and a refused intake keeps what
/// was typed and writes nothing.
/// </summary>
public sealed partial class CasePageTests(CaseServer api) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task The_list_shows_the_cases_of_the_counsellors_office_and_not_another_offices()
    {
        var here = await api.OpenFamilyAsync(family: "Listed");
        var elsewhere = await api.OpenFamilyAsync("counsellor.belgrade", family: "Elsewhere");
        using var counsellor = await api.Server.SignedInAsync("counsellor");
        using var partner = await api.Server.SignedInAsync("partner");

        var all = await counsellor.GetStringAsync("/cases");
        Assert.Contains($">{here["number"]}</a>", all);
        Assert.DoesNotContain((string)elsewhere["number"]!, all);
        Assert.DoesNotContain("Elsewhere", all);
        // Searching names or filtering by the other office finds nothing of it either: the filter is the query's.
        Assert.DoesNotContain("Elsewhere", await counsellor.GetStringAsync("/cases?q=elsewhere&office=RS-BEG"));
        var found = await counsellor.GetStringAsync($"/cases?q={here["number"]}");
        Assert.Single(CaseLink().Matches(found));
        Assert.Contains("Amina Listed", found);
        // A partner sees no case at all and is not offered intake.
        var nothing = await partner.GetStringAsync("/cases");
        Assert.Contains("No cases yet", nothing);
        Assert.DoesNotContain("Register a case", nothing);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/cases/new")).StatusCode);
    }

    [Fact]
    public async Task A_case_page_is_not_found_for_an_outsider_and_an_audited_read_for_its_counsellor()
    {
        var opened = await api.OpenFamilyAsync(family: "Paged");
        var id = (string)opened["caseId"]!;
        using var belgrade = await api.Server.SignedInAsync("counsellor.belgrade");
        using var partner = await api.Server.SignedInAsync("partner");
        using var counsellor = await api.Server.SignedInAsync("counsellor");

        foreach (var outsider in new[] { belgrade, partner })
        {
            var hidden = await outsider.GetAsync($"/cases/{id}");
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            var html = await hidden.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Paged", html);
            Assert.DoesNotContain((string)opened["number"]!, html);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/cases/{id}/audit")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await belgrade.GetAsync("/cases/no-such-case")).StatusCode); // the same answer

        var page = WebUtility.HtmlDecode(await counsellor.GetStringAsync($"/cases/{id}"));
        Assert.Contains($"<h1>Case {opened["number"]}</h1>", page);
        Assert.Contains("Amina Paged", page);
        Assert.Contains("Tariq Paged", page);
        Assert.Contains("Sara Paged", page);
        Assert.Contains("about 2019 (estimated)", page);
        Assert.DoesNotContain("Audit trail", page); // supervisors and administrators only
        var reads = await api.InDatabaseAsync(db => db.CaseAudit.Where(e => e.CaseId == id && e.Action == AuditAction.Read).ToListAsync());
        // The outsiders' 404s read nothing; the counsellor's page read the case's sections, its contact log, its
        // documents, its notes and its timeline.
        Assert.Equal([("counsellor", "contacts"), ("counsellor", "documents"), ("counsellor", "notes"), ("counsellor", "sections"), ("counsellor", "timeline")],
            reads.Select(r => (r.Actor, r.Section is "contacts" or "documents" or "notes" or "timeline" ? r.Section : "sections")).Order());

        using var supervisor = await api.Server.SignedInAsync("supervisor");
        Assert.Contains("Audit trail", await supervisor.GetStringAsync($"/cases/{id}"));
        var trail = await supervisor.GetStringAsync($"/cases/{id}/audit");
        Assert.Contains("<td>counsellor</td><td>Read</td>", trail);
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.GetAsync($"/cases/{id}/audit")).StatusCode);
    }

    [Fact]
    public async Task The_case_page_links_the_open_tasks_of_the_case_to_the_inbox()
    {
        var id = (string)(await api.OpenFamilyAsync(family: "Tasked"))["caseId"]!;
        var definition = JsonNode.Parse(Workflows.CounsellingDecisionWithForm("BA-SJJ"))!;
        definition["definitionId"] = "case-page-task";
        (await api.As("manager").PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = definition, ["publish"] = true })).EnsureSuccessStatusCode();
        await using (var scope = api.Server.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new StartWorkflow("case-page-task", CaseId: id));
        // The case's own lifecycle made its intake review task too; this test is about the extra one.
        var taskId = await api.InDatabaseAsync(db => db.HumanTasks.Where(t => t.CaseId == id && t.Title == "Record the informed decision").Select(t => t.Id).SingleAsync());
        using var counsellor = await api.Server.SignedInAsync("counsellor");

        var page = await counsellor.GetStringAsync($"/cases/{id}");

        Assert.Contains($"<a href=\"/inbox/{taskId}\">Record the informed decision</a>", page);
        Assert.Contains(">Intake review</a>", page);
    }

    [Fact]
    public async Task A_refused_intake_names_the_field_keeps_what_was_typed_and_writes_nothing()
    {
        using var counsellor = await api.Server.SignedInAsync("counsellor");
        var before = await CountRowsAsync();
        var fields = Family("Refused");
        fields.Remove("members[1].dataProcessingConsent.guardian"); // the child's consent without a guardian
        fields["members[0].details.dateOfBirth"] = "3 February 1988";

        var refused = await PostAsync(counsellor, "", fields);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Nothing was saved: correct the fields marked below.", html);
        Assert.Contains("id=\"members[0].details.dateOfBirth-error\">Write the date of birth as year-month-day (1990-05-01).</div>", html);
        Assert.Contains("value=\"3 February 1988\"", html);
        Assert.Contains("value=\"Tariq\"", html);
        Assert.Contains("value=\"Sara\"", html);
        Assert.Equal(before, await CountRowsAsync());

        // The date put right, the command itself refuses the child's consent, beside the guardian's field.
        fields["members[0].details.dateOfBirth"] = "1988-02-03";
        var noGuardian = WebUtility.HtmlDecode(await (await PostAsync(counsellor, "", fields)).Content.ReadAsStringAsync());
        Assert.Contains("id=\"members[1].dataProcessingConsent.guardian-error\">The person is a child: their consent is given through their guardian; name the guardian.</div>", noGuardian);
        Assert.Matches("<input [^>]*id=\"members\\[1\\].dataProcessingConsent.guardian\"[^>]*aria-invalid=\"true\"", noGuardian);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task An_intake_adds_members_by_a_button_and_opens_the_case_page()
    {
        using var counsellor = await api.Server.SignedInAsync("counsellor");
        var fields = Family("Opened");
        fields["memberCount"] = "1";
        foreach (var key in fields.Keys.Where(k => k.StartsWith("members[1]", StringComparison.Ordinal)).ToList()) fields.Remove(key);

        var added = await PostAsync(counsellor, "AddMember", fields);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var form = await added.Content.ReadAsStringAsync();
        Assert.Contains("name=\"members[1].details.givenNames\"", form);
        Assert.Contains("name=\"memberCount\" value=\"2\"", form);
        Assert.Contains("value=\"Tariq\"", form);

        var registered = await PostAsync(counsellor, "", Family("Opened"));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var page = WebUtility.HtmlDecode(await counsellor.GetStringAsync(registered.Headers.Location!.ToString()));
        Assert.Matches("Case BA-SJJ-\\d{4}-\\d{5} is registered.", page);
        Assert.Contains("Sara Opened", page);
        Assert.Contains("Amina Opened", page); // the guardian named in the child's consent
    }

    /// <summary>The intake form filled in for a mother, her husband and their child, as the page names its inputs.</summary>
    private static Dictionary<string, string> Family(string family)
    {
        var fields = new Dictionary<string, string>
        {
            ["hostOffice"] = "BA-SJJ", ["programmeId"] = "dk-avrr-wb", ["countryOfReturn"] = "PK", ["language"] = "Urdu",
            ["interpreter"] = "Interpreter One", ["memberCount"] = "2", ["intakeKey"] = Guid.NewGuid().ToString("N"),
        };
        void Person(string prefix, string given, string? born, string? year, string sex, string? relationship, string? guardian)
        {
            fields[$"{prefix}.details.givenNames"] = given;
            fields[$"{prefix}.details.familyName"] = family;
            if (born is not null) fields[$"{prefix}.details.dateOfBirth"] = born;
            if (year is not null) fields[$"{prefix}.details.estimatedBirthYear"] = year;
            fields[$"{prefix}.details.sex"] = sex;
            fields[$"{prefix}.details.nationality"] = "pk";
            fields[$"{prefix}.details.languages"] = "Urdu, English";
            if (relationship is not null) fields[$"{prefix}.details.relationship"] = relationship;
            fields[$"{prefix}.dataProcessingConsent"] = "given";
            fields[$"{prefix}.dataProcessingConsent.method"] = "Written";
            if (guardian is not null) fields[$"{prefix}.dataProcessingConsent.guardian"] = guardian;
        }
        Person("principal", "Amina", "1990-05-01", null, "Female", null, null);
        Person("members[0]", "Tariq", "1988-02-03", null, "Male", "Spouse", null);
        Person("members[1]", "Sara", null, "2019", "Female", "Child", $"Amina {family}");
        return fields;
    }

    [Fact]
    public async Task A_task_page_names_its_case_with_a_link_and_the_household_as_an_audited_summary_read()
    {
        var opened = await api.OpenFamilyAsync(family: "Summary");
        var number = (string)opened["number"]!;
        var queue = (await api.As("counsellor").GetJsonAsync("/api/tasks?view=office&pageSize=200"))["items"]!.AsArray();
        var taskId = (string)queue.First(t => (string?)t!["correlationId"] == number)!["id"]!;
        using var counsellor = await api.Server.SignedInAsync("counsellor");
        var readsBefore = await SummaryReadsAsync((string)opened["caseId"]!);

        var page = WebUtility.HtmlDecode(await counsellor.GetStringAsync($"/inbox/{taskId}"));
        Assert.Contains($"<a href=\"/cases/{opened["caseId"]}\">{number}</a>", page);
        Assert.Contains("Amina Summary; 3 in the household; returning to Pakistan", page);
        Assert.Equal(readsBefore + 1, await SummaryReadsAsync((string)opened["caseId"]!));
    }

    private Task<int> SummaryReadsAsync(string caseId) => api.InDatabaseAsync(db =>
        db.CaseAudit.CountAsync(e => e.CaseId == caseId && e.Action == AuditAction.Read && e.Actor == "counsellor" && e.Section == "summary"));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient person, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await Browserless.AntiForgeryTokenAsync(person, "/cases/new");
        return await person.PostAsync(handler.Length == 0 ? "/cases/new" : $"/cases/new?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private Task<(int, int, int, int, int)> CountRowsAsync() => api.InDatabaseAsync(async db => (
        await db.ReturnCases.CountAsync(), await db.Set<ReturnWorkflows.Cases.Model.Person>().CountAsync(),
        await db.Set<ReturnWorkflows.Cases.Model.Consent>().CountAsync(), await db.CaseAudit.CountAsync(), await db.WorkflowInstances.CountAsync()));

    [GeneratedRegex("href=\"/cases/(?!new\")([^\"/?]+)\"")]
    private static partial Regex CaseLink();
}
