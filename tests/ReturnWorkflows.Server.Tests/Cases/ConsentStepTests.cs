using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>The second phase's consent steps completed as tasks: what they append to the persons' consent histories.</summary>
public sealed class ConsentStepTests
{
    private const string Consents = """
        {"definitionId":"consent-steps","name":"Consent steps",
         "root":{"id":"flow","type":"Elsa.Flowchart","activities":[
           {"id":"start","type":"Elsa.Start"},
           {"id":"application","type":"ReturnWorkflows.Cases.ReturnApplicationConsent"},
           {"id":"embassy","type":"ReturnWorkflows.Cases.EmbassyContactConsent"},
           {"id":"end","type":"Elsa.End"}],
          "connections":[
           {"source":{"activity":"start","port":"Done"},"target":{"activity":"application","port":"In"}},
           {"source":{"activity":"application","port":"Consented"},"target":{"activity":"embassy","port":"In"}},
           {"source":{"activity":"embassy","port":"Consented"},"target":{"activity":"end","port":"In"}}]}}
        """;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task The_return_application_and_the_embassy_consent_are_appended_for_every_person(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Consenting");
        await StartAsync(env, caseId);

        var application = await TaskAsync(env, caseId, "Return application and informed consent");
        Assert.Equal("case.return-application", application.FormKey);
        // "Consented" without the ticks is refused, naming the field.
        var unticked = await TryCompleteAsync(env, application, "Consented", Form(("returnDeclared", false), ("transferConsented", true)));
        Assert.Equal(HttpStatusCode.BadRequest, unticked.StatusCode);
        Assert.Contains("returnDeclared", await unticked.Content.ReadAsStringAsync());
        var noLanguage = await TryCompleteAsync(env, application, "Consented", new JsonObject { ["returnDeclared"] = true, ["transferConsented"] = true, ["method"] = "Written" });
        Assert.Equal(HttpStatusCode.BadRequest, noLanguage.StatusCode);
        Assert.Contains("form.language", await noLanguage.Content.ReadAsStringAsync());
        Assert.Empty(Kinds(await CaseAsync(env, caseId), ConsentKind.ReturnDeclaration));

        await CompleteAsync(env, application, "Consented", Form(("returnDeclared", true), ("transferConsented", true)));
        await CompleteAsync(env, await TaskAsync(env, caseId, "Embassy-contact consent"), "Consented", Form(("embassyContactConsented", true)));

        var consented = await CaseAsync(env, caseId);
        foreach (var kind in new[] { ConsentKind.ReturnDeclaration, ConsentKind.TransferToOriginOfficeAndPartners, ConsentKind.ContactEmbassy })
            Assert.Equal(consented.Persons.Count, Kinds(consented, kind).Count);
        Assert.Empty(consented.UnmetGates([CaseGates.EmbassyContactConsent], ReturnWorkflows.Cases.ReferenceData.ReturnStatus.Open));
        var instance = await env.InDatabaseAsync(db => db.WorkflowInstances.SingleAsync(i => i.CaseId == caseId && i.DefinitionId == "consent-steps"));
        Assert.Equal(Engine.Runtime.WorkflowStatus.Finished, instance.Status);
    }

    private static JsonObject Form(params (string Name, bool Ticked)[] ticks)
    {
        var form = new JsonObject { ["method"] = "Written", ["language"] = "Bosnian", ["guardian"] = "Amina Consenting" };
        foreach (var (name, ticked) in ticks) form[name] = ticked;
        return form;
    }

    private static List<Consent> Kinds(ReturnCase returnCase, ConsentKind kind) =>
        returnCase.Persons.SelectMany(p => p.Consents).Where(c => c.Kind == kind && c.Decision == ConsentDecision.Given).ToList();

    private static async Task<ReturnCase> CaseAsync(ClockedCaseServer env, string caseId)
    {
        await using var scope = env.Server.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(caseId, CancellationToken.None))!;
    }

    private static async Task StartAsync(ClockedCaseServer env, string caseId)
    {
        await using var scope = env.Server.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var seeded = await mediator.Send(new SeedWorkflowDefinition(Consents, "test.json"));
        await mediator.Send(new StartWorkflow(seeded.DefinitionId, CaseId: caseId));
    }

    private static async Task<HumanTask> TaskAsync(ClockedCaseServer env, string caseId, string title) =>
        await env.InDatabaseAsync(db => db.HumanTasks.SingleOrDefaultAsync(t => t.CaseId == caseId && t.Title == title
            && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Assigned)))
        ?? throw new Xunit.Sdk.XunitException($"The case has no open task '{title}'.");

    private static async Task<HttpResponseMessage> TryCompleteAsync(ClockedCaseServer env, HumanTask task, string outcome, JsonObject form) =>
        await (await env.AsAsync("counsellor")).PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new JsonObject { ["outcome"] = outcome, ["form"] = form });

    private static async Task CompleteAsync(ClockedCaseServer env, HumanTask task, string outcome, JsonObject form)
    {
        var response = await TryCompleteAsync(env, task, outcome, form);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Complete {task.Title}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
