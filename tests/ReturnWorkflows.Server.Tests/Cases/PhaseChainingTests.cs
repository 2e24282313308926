using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>
/// "Enter next phase": a case in its first phase enters the second on the version published when the first ends,
/// not the one published when it started (a redesign reaches running cases at their next phase).
/// </summary>
public sealed class PhaseChainingTests
{
    private const string FirstPhase = """
        {"definitionId":"phase-one-test","name":"Phase one","version":1,
         "root":{"id":"flow","type":"Elsa.Flowchart","activities":[
           {"id":"start","type":"Elsa.Start"},
           {"id":"review","type":"ReturnWorkflows.Cases.IntakeReview"},
           {"id":"next","type":"ReturnWorkflows.Cases.StartPhase","phase":{"typeName":"String","expression":{"type":"Literal","value":"phase-two-test"}}},
           {"id":"end","type":"Elsa.End"}],
          "connections":[
           {"source":{"activity":"start","port":"Done"},"target":{"activity":"review","port":"In"}},
           {"source":{"activity":"review","port":"Complete"},"target":{"activity":"next","port":"In"}},
           {"source":{"activity":"next","port":"Done"},"target":{"activity":"end","port":"In"}}]}}
        """;

    private static string SecondPhase(int version) => """
        {"definitionId":"phase-two-test","name":"Phase two","version":VERSION,
         "root":{"id":"flow","type":"Elsa.Flowchart","activities":[
           {"id":"start","type":"Elsa.Start"},
           {"id":"consent","type":"ReturnWorkflows.Cases.EmbassyContactConsent","title":{"typeName":"String","expression":{"type":"Literal","value":"Consent (phase two vVERSION)"}}}],
          "connections":[
           {"source":{"activity":"start","port":"Done"},"target":{"activity":"consent","port":"In"}}]}}
        """.Replace("VERSION", version.ToString());

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_case_enters_the_next_phase_on_the_version_published_when_its_phase_ends(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Phased");
        var number = (string)(await (await env.AsAsync("counsellor")).GetJsonAsync($"/api/cases/{caseId}"))["number"]!;
        await SendAsync(env, new SeedWorkflowDefinition(SecondPhase(1), "phase-two.json"));
        await SendAsync(env, new SeedWorkflowDefinition(FirstPhase, "phase-one.json"));
        await SendAsync(env, new StartWorkflow("phase-one-test", CorrelationId: number, CaseId: caseId));

        // A manager redesigns phase two while the case is still in phase one.
        await SendAsync(env, new SeedWorkflowDefinition(SecondPhase(2), "phase-two.json"));

        var review = await env.InDatabaseAsync(db => db.HumanTasks.SingleAsync(t => t.CaseId == caseId && t.Status == HumanTaskStatus.Open
                                                                                 && t.ActivityId == "review"));
        var completed = await (await env.AsAsync("counsellor")).PostAsJsonAsync($"/api/tasks/{review.Id}/complete",
            new { outcome = "Complete", form = new JsonObject() });
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);

        var instances = await env.InDatabaseAsync(db => db.WorkflowInstances.Where(i => i.CaseId == caseId && i.DefinitionId.StartsWith("phase-")).ToListAsync());
        Assert.Equal(WorkflowStatus.Finished, instances.Single(i => i.DefinitionId == "phase-one-test").Status);
        var second = Assert.Single(instances, i => i.DefinitionId == "phase-two-test");
        Assert.Equal((2, WorkflowStatus.Running, number), (second.DefinitionVersion, second.Status, second.CorrelationId));
        Assert.NotNull(await env.InDatabaseAsync(db => db.HumanTasks.SingleOrDefaultAsync(t => t.CaseId == caseId && t.Title == "Consent (phase two v2)")));
    }

    [Theory]
    [InlineData("Sqlite")]
    public async Task A_next_phase_with_no_published_version_refuses_the_step_and_keeps_the_task_open(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Unphased");
        await SendAsync(env, new SeedWorkflowDefinition(FirstPhase, "phase-one.json"));
        await SendAsync(env, new StartWorkflow("phase-one-test", CaseId: caseId));
        var review = await env.InDatabaseAsync(db => db.HumanTasks.SingleAsync(t => t.CaseId == caseId && t.ActivityId == "review"));

        var completed = await (await env.AsAsync("counsellor")).PostAsJsonAsync($"/api/tasks/{review.Id}/complete",
            new { outcome = "Complete", form = new JsonObject() });

        Assert.Equal(HttpStatusCode.Conflict, completed.StatusCode);
        Assert.Contains("'phase-two-test' this step starts has no published version", await completed.Content.ReadAsStringAsync());
        var task = await env.InDatabaseAsync(db => db.HumanTasks.SingleAsync(t => t.Id == review.Id));
        Assert.Equal(HumanTaskStatus.Open, task.Status);
        Assert.Empty(await env.InDatabaseAsync(db => db.ReturnCases.Where(c => c.Id == caseId).SelectMany(c => c.IntakeReviews).ToListAsync()));
    }

    private static async Task SendAsync<T>(ClockedCaseServer env, IRequest<T> request)
    {
        await using var scope = env.Server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
