using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// A counsellor records that one member drops the return and proposes closing the case; the programme manager finds
/// the case in the list and approves; the case page then says it is closed and its task is gone. By clicking, in
/// Chromium, on PostgreSQL.
/// </summary>
public sealed class CaseClosureTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task A_counsellor_proposes_closing_a_case_and_the_programme_manager_approves_it()
    {
        await OpenFamilyAsync("Closebrowser");

        var counsellor = await server.SignInAsync("counsellor", 1400, 1000);
        await OpenCaseFromListAsync(counsellor, "Closebrowser");
        var section = counsellor.GetByRole(AriaRole.Region, new() { Name = "Withdrawal and closure" });
        await Expect(section).ToContainTextAsync("Everyone in the case takes part in the return.");

        // One member drops the return: asked first, then badged in People; the case goes on.
        var withdraw = section.GetByRole(AriaRole.Form, new() { Name = "A person drops the return" });
        await withdraw.GetByLabel("Person").SelectOptionAsync(new SelectOptionValue { Label = "Tariq Closebrowser" });
        await withdraw.GetByLabel("Reason").SelectOptionAsync(new SelectOptionValue { Label = "Family reasons" });
        await withdraw.GetByRole(AriaRole.Button, new() { Name = "Record the withdrawal" }).ClickAsync();
        await counsellor.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Record the withdrawal" }).ClickAsync();
        await Expect(counsellor.GetByRole(AriaRole.Status)).ToContainTextAsync("no longer takes part in the return");
        var people = counsellor.GetByRole(AriaRole.Region, new() { Name = "People", Exact = true });
        await Expect(people.Locator("tr", new() { HasText = "Tariq Closebrowser" })).ToContainTextAsync("Withdrew");
        await Expect(people.Locator("tr", new() { HasText = "Amina Closebrowser" })).Not.ToContainTextAsync("Withdrew");
        await Expect(section).ToContainTextAsync("Tariq Closebrowser withdrew from the return: Family reasons");

        var propose = section.GetByRole(AriaRole.Form, new() { Name = "Propose closing the case" });
        await propose.GetByLabel("Reason").SelectOptionAsync(new SelectOptionValue { Label = "Withdrew before departure" });
        await propose.GetByLabel("Note").FillAsync("The family decided to stay");
        await propose.GetByRole(AriaRole.Button, new() { Name = "Propose closure" }).ClickAsync();
        await Expect(section).ToContainTextAsync("counsellor proposed closing the case as “Withdrew before departure”");
        await Expect(section.GetByRole(AriaRole.Button, new() { Name = "Approve and close the case" })).ToHaveCountAsync(0); // not theirs to decide
        await Screenshots.TakeAsync(counsellor, "case-closure-proposed", fullPage: true);

        var manager = await server.SignInAsync("manager", 1400, 1000);
        await OpenCaseFromListAsync(manager, "Closebrowser");
        var managerSection = manager.GetByRole(AriaRole.Region, new() { Name = "Withdrawal and closure" });
        await Expect(manager.GetByRole(AriaRole.Region, new() { Name = "Open tasks" })).Not.ToContainTextAsync("No task of this case is open.");
        await managerSection.GetByRole(AriaRole.Button, new() { Name = "Approve and close the case" }).ClickAsync();
        var dialog = manager.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Close the case? Its open tasks and timers are cancelled.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Approve and close the case" }).ClickAsync();

        await Expect(manager.GetByRole(AriaRole.Status)).ToContainTextAsync("The case is closed");
        await Expect(managerSection).ToContainTextAsync("Closed as “Withdrew before departure”");
        await Expect(manager.GetByRole(AriaRole.Region, new() { Name = "Open tasks" })).ToContainTextAsync("No task of this case is open.");
        await Expect(managerSection.GetByRole(AriaRole.Button, new() { Name = "Reopen the case" })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(manager);
        await Screenshots.TakeAsync(manager, "case-closed", fullPage: true);
    }

    private static async Task OpenCaseFromListAsync(IPage page, string family)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Row, new() { Name = family }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Case ");
    }

    private async Task OpenFamilyAsync(string family)
    {
        using var api = server.ApiClient();
        JsonObject Person(string given, string relationship, string born) => new()
        {
            ["details"] = new JsonObject
            {
                ["givenNames"] = given, ["familyName"] = family, ["nameInDocument"] = null, ["dateOfBirth"] = born, ["estimatedBirthYear"] = null,
                ["sex"] = "Female", ["nationality"] = "PK", ["languages"] = new JsonArray("Urdu"), ["relationship"] = relationship,
            },
            ["dataProcessingConsent"] = new JsonObject
            {
                ["kind"] = "DataProcessing", ["decision"] = "Given", ["method"] = "Written", ["language"] = "Urdu", ["interpreter"] = null, ["guardian"] = null,
            },
        };
        var opened = await api.PostAsJsonAsync("/api/cases", new JsonObject
        {
            ["hostOffice"] = "BA-SJJ", ["countryOfReturn"] = "PK", ["programmeId"] = "dk-avrr-wb",
            ["principal"] = Person("Amina", "PrincipalApplicant", "1990-05-01"),
            ["members"] = new JsonArray(Person("Tariq", "Spouse", "1988-02-03")),
        });
        opened.EnsureSuccessStatusCode();
    }
}
