using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// A newcomer's first start shows a living system: signed in as the demo's Islamabad reintegration officer, the queue
/// holds the plan of a household that arrived from Sarajevo, and the case of a man who returned in the summer shows
/// his plan delivered, his first monitoring visit held and the next one planned. Signed in as the Sarajevo counsellor,
/// the office's cases stand at different steps, and the case list filters them by stage. Clicked through in Chromium on PostgreSQL.
/// </summary>
public sealed class DemoStartTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task The_demo_reintegration_officer_finds_her_returnees_planned_and_monitored()
    {
        var page = await server.SignInAsync("reintegration", 1600, 1000);
        await page.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My office's queue" }).ClickAsync();
        var plan = page.GetByRole(AriaRole.Link, new() { Name = "Reintegration plan", Exact = true });
        await Expect(plan).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "demo-reintegration-queue", fullPage: true);

        await page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).ClickAsync();
        var returned = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tariq Mehmood" });
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Naveed Akhtar" })).ToBeVisibleAsync();
        await returned.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.Locator("dl.rw-facts").First).ToContainTextAsync("Plan approved"); // its stage, from the milestones
        var monitoring = page.GetByRole(AriaRole.Region, new() { Name = "Monitoring", Exact = true });
        await Expect(monitoring.GetByRole(AriaRole.Row, new() { Name = "+1 month", Exact = false })).ToContainTextAsync("Held");
        await Expect(monitoring.GetByRole(AriaRole.Row, new() { Name = "+3 months" })).ToContainTextAsync("Planned");
        await Expect(monitoring).ToContainTextAsync("Baseline");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Reintegration plan" })).ToContainTextAsync("Stock and fittings for a small grocery");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "demo-monitored-case", fullPage: true);
    }

    [Fact]
    public async Task The_demo_counsellor_finds_her_office_cases_at_different_steps()
    {
        var page = await server.SignInAsync("counsellor", 1600, 1000);
        await page.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My office's queue" }).ClickAsync();
        foreach (var step in new[] { "Intake review", "Protection screen", "Return application and informed consent", "Hand-over offer to the origin office" })
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = step, Exact = true }).First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "demo-counsellor-queue", fullPage: true);

        // The cases by stage: the one whose travel document came is the booked one; its page shows the flight ahead.
        await page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Stage" })).ToBeVisibleAsync();
        await page.GetByLabel("Stage").SelectOptionAsync(new SelectOptionValue { Label = "Travel document obtained" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var rows = page.Locator("table tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Youssef El Amrani");
        await Expect(rows.First).ToContainTextAsync("Travel document obtained");
        await Screenshots.TakeAsync(page, "demo-cases-by-stage", fullPage: true);
        await rows.First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByText("TK 1022").First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "demo-booked-case", fullPage: true);
    }
}
