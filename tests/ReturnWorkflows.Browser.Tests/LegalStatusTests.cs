using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// A counsellor records a household's return decision with a voluntary-departure deadline ten days away by clicking,
/// in Chromium on PostgreSQL: from Cases and the case's row to the Legal status section, where the page warns; then
/// the extension the authorities gave, kept beside the first deadline.
/// </summary>
public sealed class LegalStatusTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task A_counsellor_records_a_departure_deadline_and_its_extension_and_the_page_warns()
    {
        await BrowserCases.OpenAsync(server, "Deadline");
        var page = await server.SignInAsync("counsellor", 1600, 1000);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).ClickAsync();
        await page.Locator("tr", new() { HasText = "Amina Deadline" }).GetByRole(AriaRole.Link).First.ClickAsync();
        var legal = page.GetByRole(AriaRole.Region, new() { Name = "Legal status" });
        await Expect(legal).ToContainTextAsync("The case does not record a legal status yet.");
        await legal.Locator("summary", new() { HasText = "Record the legal status" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Record the legal status" });
        await form.GetByLabel("Status in the host country").SelectOptionAsync(new SelectOptionValue { Label = "Return decision" });
        await form.GetByLabel("Voluntary departure by").FillAsync(today.AddDays(10).ToString("yyyy-MM-dd"));
        await form.GetByLabel("Decision it rests on").FillAsync("26-1/445");
        await form.GetByRole(AriaRole.Button, new() { Name = "Record the legal status" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The legal status is recorded.");
        await Expect(legal).ToContainTextAsync("Deadline near");
        await Expect(legal).ToContainTextAsync("The voluntary-departure deadline is in 10 days");

        // The authorities extend it by a month: the warning goes, both deadlines stay listed.
        await legal.Locator("summary", new() { HasText = "Record the legal status" }).ClickAsync();
        await form.GetByLabel("Voluntary departure by").FillAsync(today.AddDays(40).ToString("yyyy-MM-dd"));
        await form.GetByLabel("Decision it rests on").FillAsync("26-1/502");
        await form.GetByRole(AriaRole.Button, new() { Name = "Record the legal status" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The legal status is recorded.");
        await Expect(legal).Not.ToContainTextAsync("Deadline near");
        await Expect(legal.GetByRole(AriaRole.Row, new() { Name = "26-1/445" })).ToContainTextAsync("Set");
        await Expect(legal.GetByRole(AriaRole.Row, new() { Name = "26-1/502" })).ToContainTextAsync("Extended");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "legal-status-extended", fullPage: true);
    }
}
