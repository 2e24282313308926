using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// The case list's filters by vulnerability and by overdue work, in the API and on the page: they narrow what the
/// need-to-know query admits, and a sensitive kind may not even be searched for by a role that may not see it.
/// </summary>
public sealed class CaseFilterTests(CaseServer api) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task Filtering_by_a_vulnerability_finds_the_cases_with_it_and_a_sensitive_kind_only_for_those_who_may_see_it()
    {
        var withDisability = await api.OpenFamilyAsync(family: "Ramp");
        var without = await api.OpenFamilyAsync(family: "Stairs");
        var trafficking = await api.OpenFamilyAsync(family: "Hidden");
        await RecordAsync(withDisability, "Disability", "Uses a wheelchair.");
        await RecordAsync(trafficking, "SuspectedVictimOfTrafficking", "Recruited with a false job offer.");

        var found = await Numbers(api.As("counsellor"), "/api/cases?vulnerability=Disability");
        Assert.Contains((string)withDisability["number"]!, found);
        Assert.DoesNotContain((string)without["number"]!, found);

        // Which cases have a trafficking finding is what the section hides: a counsellor may not ask, a protection officer may.
        var refused = await api.As("counsellor").GetAsync("/api/cases?vulnerability=SuspectedVictimOfTrafficking");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.NotNull((await refused.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["vulnerability"]);
        Assert.Equal([(string)trafficking["number"]!], await Numbers(api.As("protection"), "/api/cases?vulnerability=SuspectedVictimOfTrafficking"));
        Assert.Equal(HttpStatusCode.BadRequest, (await api.As("counsellor").GetAsync("/api/cases?vulnerability=Sad")).StatusCode);

        // The page offers the counsellor only the kinds they may see.
        using var counsellor = await api.Server.SignedInAsync("counsellor");
        var page = await counsellor.GetStringAsync("/cases?vulnerability=Disability");
        Assert.Contains("<option value=\"Disability\" selected=\"selected\">", page);
        Assert.DoesNotContain("value=\"SuspectedVictimOfTrafficking\"", page);
        Assert.Contains("Amina Ramp", page);
        Assert.DoesNotContain("Stairs", page);
    }

    [Fact]
    public async Task Only_overdue_shows_the_cases_with_an_open_task_past_its_due_date_marked_overdue()
    {
        var late = await api.OpenFamilyAsync(family: "Late");
        var onTime = await api.OpenFamilyAsync(family: "OnTime");
        var done = await api.OpenFamilyAsync(family: "Done");
        await AddTaskAsync(late, DateTime.UtcNow.AddDays(-2), HumanTaskStatus.Assigned);
        await AddTaskAsync(onTime, DateTime.UtcNow.AddDays(2), HumanTaskStatus.Open);
        await AddTaskAsync(done, DateTime.UtcNow.AddDays(-2), HumanTaskStatus.Completed);

        var list = (await api.As("counsellor").GetJsonAsync("/api/cases?overdue=true"))["items"]!.AsArray();
        var mine = new[] { late, onTime, done }.Select(o => (string)o["number"]!).ToList();
        var overdue = Assert.Single(list, c => mine.Contains((string)c!["number"]!))!;
        Assert.Equal((string)late["number"]!, (string)overdue["number"]!);
        Assert.True((bool)overdue["overdue"]!);
        var all = (await api.As("counsellor").GetJsonAsync("/api/cases"))["items"]!.AsArray();
        Assert.False((bool)all.Single(c => (string)c!["number"]! == (string)onTime["number"]!)!["overdue"]!);

        using var counsellor = await api.Server.SignedInAsync("counsellor");
        var page = await counsellor.GetStringAsync("/cases?overdue=true");
        Assert.Contains("Late", page);
        Assert.DoesNotContain("OnTime", page);
        Assert.Contains("title=\"A task of the case is past its due date.\"", page);
    }

    private async Task RecordAsync(JsonObject opened, string kind, string findings)
    {
        var id = (string)opened["caseId"]!;
        var person = (string)(await api.As("counsellor").GetJsonAsync($"/api/cases/{id}"))["persons"]![0]!["id"]!;
        (await api.As("counsellor").PostAsJsonAsync($"/api/cases/{id}/persons/{person}/vulnerabilities",
            new { version = (int)opened["version"]!, kind, findings })).EnsureSuccessStatusCode();
    }

    // Arranged in the database: the list reads tasks, however a workflow made them.
    private async Task AddTaskAsync(JsonObject opened, DateTime dueAt, HumanTaskStatus status)
    {
        await using var scope = api.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
        var now = DateTime.UtcNow;
        db.HumanTasks.Add(new HumanTask
        {
            Id = Guid.NewGuid().ToString("N"), WorkflowInstanceId = (string)opened["workflowInstanceId"]!, BookmarkId = Guid.NewGuid().ToString("N"),
            ActivityId = "review", ActivityInstanceId = Guid.NewGuid().ToString("N"), Title = "Review the intake", Outcomes = "[\"Done\"]",
            CaseId = (string)opened["caseId"]!, CandidateOffice = "BA-SJJ", CandidateRole = "Counsellor", Status = status, DueAt = dueAt,
            CreatedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync();
    }

    private static async Task<List<string>> Numbers(HttpClient client, string url) =>
        (await client.GetJsonAsync(url))["items"]!.AsArray().Select(c => (string)c!["number"]!).ToList();
}
