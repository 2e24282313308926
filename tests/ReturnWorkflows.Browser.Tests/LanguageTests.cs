using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using ReturnWorkflows.Testing;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// A counsellor reads the inbox in Serbian: chosen with the shell's language switch, kept on their user, so it comes
/// back when they sign in again in a fresh browser. Its own server: the choice stays on the user for the other tests.
/// </summary>
public sealed class LanguageTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task A_counsellor_chooses_srpski_reads_the_inbox_in_serbian_and_finds_it_so_after_signing_in_again()
    {
        using var api = server.ApiClient();
        var definition = JsonNode.Parse(Workflows.CounsellingDecisionWithForm("BA-SJJ"))!;
        (await api.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = definition, ["publish"] = true })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/elsa/api/workflow-definitions/counselling-decision/execute", new { })).EnsureSuccessStatusCode();

        var page = await server.SignInAsync("counsellor", 1600, 1000);
        await page.GetByRole(AriaRole.Button, new() { Name = "Srpski" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sr-Latn-RS");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Srpski" })).ToHaveAttributeAsync("aria-pressed", "true");

        await page.GetByRole(AriaRole.Link, new() { Name = "Zadaci", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zadaci", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Još vam ništa nije dodeljeno, ali u vašoj kancelariji čeka 1 otvoren zadatak");
        await page.GetByRole(AriaRole.Link, new() { Name = "Red moje kancelarije" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Rok (vreme kancelarije)" })).ToBeVisibleAsync();
        var row = page.Locator("tr", new() { HasText = "Record the informed decision" });
        await Expect(row).ToContainTextAsync("Otvoreno");
        // The due time in Serbian's own format (day first, then month, with dots; 24-hour clock), on Sarajevo's clock.
        await Expect(row.Locator("time")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{1,2}\. ?\d{1,2}\. ?\d{2,4}\.? \d{2}:\d{2} Europe/Sarajevo$"));
        await Screenshots.TakeAsync(page, "inbox-serbian");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record the informed decision" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Preuzmi zadatak" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Odjava" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Odjavljeni ste" })).ToBeVisibleAsync();

        // A fresh browser (no cookie) signs in in English and is then served in the language kept on the user.
        var again = await server.SignInAsync("counsellor", 1600, 1000);
        await Expect(again.Locator("html")).ToHaveAttributeAsync("lang", "sr-Latn-RS");
        await Expect(again.GetByRole(AriaRole.Link, new() { Name = "Zadaci", Exact = true })).ToBeVisibleAsync();
        await Expect(again.GetByRole(AriaRole.Button, new() { Name = "Odjava" })).ToBeVisibleAsync();
    }
}
