using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime.Commands;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// A counsellor takes a couple's return application by clicking, in Chromium on PostgreSQL: a row per person, each
/// ticked on their own; the husband's row left unticked is refused on his row and keeps the wife's ticks; then the
/// embassy-contact consent opens with its own rows, unticked.
/// </summary>
public sealed class ConsentRowsTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    private const string Consents = """
        {"definitionId":"browser-consent-rows","name":"Consent rows",
         "root":{"id":"flow","type":"Elsa.Flowchart","activities":[
           {"id":"start","type":"Elsa.Start"},
           {"id":"application","type":"ReturnWorkflows.Cases.ReturnApplicationConsent"},
           {"id":"embassy","type":"ReturnWorkflows.Cases.EmbassyContactConsent"}],
          "connections":[
           {"source":{"activity":"start","port":"Done"},"target":{"activity":"application","port":"In"}},
           {"source":{"activity":"application","port":"Consented"},"target":{"activity":"embassy","port":"In"}}]}}
        """;

    [Fact]
    public async Task Each_person_declares_and_consents_on_their_own_row_and_a_missing_tick_is_refused_on_that_row()
    {
        var caseId = await BrowserCases.OpenAsync(server, "Signing");
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await mediator.Send(new SeedWorkflowDefinition(Consents, "consent-rows.json"));
            await mediator.Send(new StartWorkflow("browser-consent-rows", CaseId: caseId));
        }
        var page = await server.SignInAsync("counsellor", 1366, 900);
        await page.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My office's queue" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Return application and informed consent", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Take this task" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The task is yours.");

        var rows = page.GetByRole(AriaRole.Group, new() { Name = "Each person's declaration and consent" }).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        var amina = rows.Filter(new() { HasText = "Amina Signing" });
        var tariq = rows.Filter(new() { HasText = "Tariq Signing" });
        await Expect(amina).ToContainTextAsync("Principal applicant");
        await Expect(tariq).ToContainTextAsync("Spouse");
        await amina.GetByRole(AriaRole.Checkbox, new() { Name = "Declares the return voluntary" }).CheckAsync();
        await amina.GetByRole(AriaRole.Checkbox, new() { Name = "Consents to their data going to the origin office and partners" }).CheckAsync();
        await tariq.GetByRole(AriaRole.Checkbox, new() { Name = "Consents to their data going to the origin office and partners" }).CheckAsync();
        await page.GetByLabel("How the consent was given").SelectOptionAsync(new SelectOptionValue { Label = "Written" });
        await page.GetByLabel("Language the consent was explained and given in").FillAsync("Urdu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Consented", Exact = true }).ClickAsync();

        // Tariq did not declare: refused on his row, Amina's ticks kept, nothing recorded.
        await Expect(tariq).ToContainTextAsync("Tick this person's return declaration");
        await Expect(tariq.GetByRole(AriaRole.Checkbox, new() { Name = "Declares the return voluntary" })).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(amina.GetByRole(AriaRole.Checkbox, new() { Name = "Declares the return voluntary" })).ToBeCheckedAsync();
        Assert.Empty(await ConsentsAsync(caseId, ConsentKind.ReturnDeclaration));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "consent-rows-refused", fullPage: true);

        await tariq.GetByRole(AriaRole.Checkbox, new() { Name = "Declares the return voluntary" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Consented", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Completed: Consented.");
        Assert.Equal(2, (await ConsentsAsync(caseId, ConsentKind.ReturnDeclaration)).Count);
        Assert.Equal(2, (await ConsentsAsync(caseId, ConsentKind.TransferToOriginOfficeAndPartners)).Count);

        // The embassy-contact consent is its own: its rows open unticked.
        await page.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My office's queue" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Embassy-contact consent", Exact = true }).ClickAsync();
        var embassy = page.GetByRole(AriaRole.Group, new() { Name = "Each person's consent" }).GetByRole(AriaRole.Checkbox);
        await Expect(embassy).ToHaveCountAsync(2);
        foreach (var box in await embassy.AllAsync()) await Expect(box).Not.ToBeCheckedAsync();
        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.TakeAsync(page, "consent-rows-embassy-phone", fullPage: true);
    }

    private async Task<List<Consent>> ConsentsAsync(string caseId, ConsentKind kind)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(caseId, CancellationToken.None);
        return found!.Persons.SelectMany(p => p.Consents).Where(c => c.Kind == kind && c.Decision == ConsentDecision.Given).ToList();
    }
}
