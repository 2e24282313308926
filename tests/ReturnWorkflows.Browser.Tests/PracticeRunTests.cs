using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// A programme manager tries the first phase out by clicking, in Chromium on PostgreSQL: Run in the designer, then,
/// from the workspace, her own task "Intake review" marked as a test run, whose case is a practice case the page says
/// is in no list; the Cases list indeed does not show it.
/// </summary>
public sealed class PracticeRunTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    private const string RunIcon = "M8 5v14l11-7z";

    [Fact]
    public async Task A_manager_runs_a_case_phase_and_works_its_first_task_on_a_practice_case()
    {
        var page = await server.SignInAsync("manager", 1600, 1000);
        await page.GetByRole(AriaRole.Link, new() { Name = "Workflow definitions", Exact = true }).ClickAsync();
        await page.Locator("elsa-workflow-definition-list tr.mud-table-row", new() { Has = page.GetByText("Counselling and eligibility", new() { Exact = true }) }).ClickAsync();
        await Expect(page.Locator(".x6-node").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.Locator($"button.mud-icon-button:has(svg path[d^=\"{RunIcon}\"])").ClickAsync();
        await page.WaitForURLAsync(new Regex("/designer/workflows/instances/[0-9a-f]+/view$"));

        // Back to the workspace the way the editor offers (its history page has the application's menu).
        await page.GetByRole(AriaRole.Link, new() { Name = "counselling-and-eligibility" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "History: saved revisions, audit, versions in use" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Intake review" });
        await Expect(row).ToContainTextAsync("Test run");
        await Screenshots.TakeAsync(page, "practice-run-inbox");
        await row.GetByRole(AriaRole.Link, new() { Name = "Intake review" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Intake review", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".rw-test-run")).ToBeVisibleAsync();
        await Expect(page.GetByText("Practice Applicant").First).ToBeVisibleAsync();

        // The task's case: a practice case, and says so.
        await page.Locator("a[href^=\"/cases/\"]").First.ClickAsync();
        await Expect(page.Locator(".rw-practice-case")).ToContainTextAsync("Practice case");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "practice-case-page", fullPage: true);

        await page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cases", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Practice Applicant")).ToHaveCountAsync(0);
    }
}
