using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>A counsellor records an information session by clicking and typing, is refused a count that does not add up, and finds it listed.</summary>
public sealed class OutreachTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task A_counsellor_records_an_information_session_and_finds_it_in_the_list()
    {
        var page = await server.SignInAsync("counsellor", 1366, 900);
        await page.GetByRole(AriaRole.Link, new() { Name = "Outreach", Exact = true }).ClickAsync();
        await Expect(page.GetByText("No information sessions in this period.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a session" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Record an information session", Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Kind of place").SelectOptionAsync(new SelectOptionValue { Label = "Reception centre" });
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Place", Exact = true }).FillAsync("Ušivak reception centre");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Language", Exact = true }).FillAsync("ur");
        await page.GetByLabel("Ran by").FillAsync("Amra");
        await page.GetByLabel("Men (18–59)", new() { Exact = true }).FillAsync("9");
        await page.GetByLabel("Women (18–59)", new() { Exact = true }).FillAsync("3");
        await page.GetByLabel("Asked for individual counselling").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the session" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Nothing was saved: correct the fields marked below.");
        await Expect(page.GetByText("More asked for counselling than came to the session.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Place", Exact = true })).ToHaveValueAsync("Ušivak reception centre");
        await page.GetByLabel("Asked for individual counselling").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the session" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The information session is recorded.");
        var rows = page.Locator("table tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Nth(0)).ToContainTextAsync("Ušivak reception centre");
        await Expect(rows.Nth(0)).ToContainTextAsync("12");
        await Screenshots.TakeAsync(page, "outreach-list", fullPage: true);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
