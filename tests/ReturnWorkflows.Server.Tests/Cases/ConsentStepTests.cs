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

/// <summary>
/// The second phase's consent steps completed as tasks: a row per person taking part, prefilled from the case, and
/// what they append to each person's consent history.
/// </summary>
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
    public async Task The_return_application_and_the_embassy_consent_are_appended_for_each_person_ticked_on_their_row(string provider)
    {
        await using var env = await ClockedCaseServer.StartAsync(provider);
        var caseId = await env.OpenFamilyAsync("Consenting");
        await StartAsync(env, caseId);

        var application = await TaskAsync(env, caseId, "Return application and informed consent");
        Assert.Equal("case.return-application", application.FormKey);
        // The form opens with a row per person, in the case's order, unticked.
        var counsellor = await env.AsAsync("counsellor");
        var opened = await counsellor.GetJsonAsync($"/api/tasks/{application.Id}/form");
        Assert.Equal([("Amina Consenting", "PrincipalApplicant", true), ("Tariq Consenting", "Spouse", false), ("Sara Consenting", "Child", false)],
            opened["persons"]!.AsArray().Select(p => ((string)p!["name"]!, (string)p["relationship"]!, (bool)p["isPrincipal"]!)));
        Assert.All(opened["values"]!["persons"]!.AsArray(), r => Assert.False((bool)r!["returnDeclared"]!));
        Assert.Equal("persons", (string?)opened["form"]!["fields"]![0]!["name"]);

        // "Consented" with one person's declaration unticked is refused on that person's row.
        var tariqUnticked = await TryCompleteAsync(env, application, "Consented", Rows(opened, (row, i) => { row["returnDeclared"] = i != 1; row["transferConsented"] = true; }));
        Assert.Equal(HttpStatusCode.BadRequest, tariqUnticked.StatusCode);
        Assert.Equal(["form.persons[1].returnDeclared"], await ErrorKeysAsync(tariqUnticked));
        // A row left out (Sara's) is refused too: one person's signature is not another's.
        var withoutSara = Rows(opened, (row, _) => { row["returnDeclared"] = true; row["transferConsented"] = true; });
        withoutSara["persons"]!.AsArray().RemoveAt(2);
        Assert.Equal(["form.persons"], await ErrorKeysAsync(await TryCompleteAsync(env, application, "Consented", withoutSara)));
        var noLanguage = Rows(opened, (row, _) => { row["returnDeclared"] = true; row["transferConsented"] = true; });
        noLanguage.Remove("language");
        Assert.Equal(["form.language"], await ErrorKeysAsync(await TryCompleteAsync(env, application, "Consented", noLanguage)));
        Assert.Empty(Kinds(await CaseAsync(env, caseId), ConsentKind.ReturnDeclaration));

        await CompleteAsync(env, application, "Consented", Rows(opened, (row, _) => { row["returnDeclared"] = true; row["transferConsented"] = true; }));
        // Tariq drops out before the embassy is asked: his row is no longer there, and nobody consents for him.
        var tariq = (string)opened["persons"]![1]!["id"]!;
        var version = (int)(await counsellor.GetJsonAsync($"/api/cases/{caseId}"))["version"]!;
        (await counsellor.PostAsJsonAsync($"/api/cases/{caseId}/persons/{tariq}/withdrawal",
            new JsonObject { ["version"] = version, ["reason"] = "ChangedMind" })).EnsureSuccessStatusCode();
        var embassy = await TaskAsync(env, caseId, "Embassy-contact consent");
        var embassyForm = await counsellor.GetJsonAsync($"/api/tasks/{embassy.Id}/form");
        Assert.Equal(["Amina Consenting", "Sara Consenting"], embassyForm["persons"]!.AsArray().Select(p => (string?)p!["name"]));
        await CompleteAsync(env, embassy, "Consented", Rows(embassyForm, (row, _) => row["embassyContactConsented"] = true));

        var withdrawn = (await CaseAsync(env, caseId)).Persons.Single(p => p.Id == tariq);
        Assert.False(withdrawn.HasConsented(ConsentKind.ContactEmbassy));
        Assert.True(withdrawn.HasConsented(ConsentKind.ReturnDeclaration));
        var consented = await CaseAsync(env, caseId);
        foreach (var kind in new[] { ConsentKind.ReturnDeclaration, ConsentKind.TransferToOriginOfficeAndPartners })
            Assert.Equal(3, Kinds(consented, kind).Count);
        Assert.Equal(2, Kinds(consented, ConsentKind.ContactEmbassy).Count);
        Assert.Empty(consented.UnmetGates([CaseGates.EmbassyContactConsent], ReturnWorkflows.Cases.ReferenceData.ReturnStatus.Open));
        var instance = await env.InDatabaseAsync(db => db.WorkflowInstances.SingleAsync(i => i.CaseId == caseId && i.DefinitionId == "consent-steps"));
        Assert.Equal(Engine.Runtime.WorkflowStatus.Finished, instance.Status);
    }

    /// <summary>The opened form with how the consent was taken, each person's row ticked by <paramref name="tick"/>.</summary>
    private static JsonObject Rows(JsonNode opened, Action<JsonObject, int> tick) => CaseSteps.Answered(opened,
        new JsonObject { ["method"] = "Written", ["language"] = "Bosnian", ["guardian"] = "Amina Consenting" }, tick);

    private static async Task<List<string>> ErrorKeysAsync(HttpResponseMessage refused)
    {
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        return (await refused.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).ToList();
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
