using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>An administrator's pages, by clicking and typing in Chromium, on PostgreSQL: users and reference data.</summary>
public sealed class AdministrationTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task An_administrator_adds_a_counsellor_who_signs_in_and_then_deactivates_them()
    {
        var page = await server.SignInAsync("admin", 1366, 768);
        await page.GetByRole(AriaRole.Button, new() { Name = "Administration" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "counsellor.belgrade" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a user" }).ClickAsync();

        await page.GetByLabel("User name").FillAsync("selma.browser");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync("Selma Browser");
        await page.GetByLabel("E-mail").FillAsync("selma@example.org");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Office" }).SelectOptionAsync("RS-BEG");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Counsellor", Exact = true }).CheckAsync();
        await page.GetByLabel("First password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the user" }).ClickAsync();
        // Refused: said beside the password, the rest kept.
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was saved");
        await Expect(page.GetByLabel("User name")).ToHaveValueAsync("selma.browser");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Counsellor", Exact = true })).ToBeCheckedAsync();
        await Screenshots.TakeAsync(page, "user-new-refused", fullPage: true);
        await page.GetByLabel("First password").FillAsync("Belgrade-Winter-2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the user" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("selma.browser can sign in now.");
        var row = page.Locator("tbody tr", new() { HasText = "selma.browser" });
        await Expect(row).ToContainTextAsync("RS-BEG");
        await Expect(row).ToContainTextAsync("Active");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "users", fullPage: true);

        // The new counsellor signs in, in a browser of their own.
        var context = await server.Browser.NewContextAsync();
        context.SetDefaultTimeout(60_000);
        var selma = await context.NewPageAsync();
        await selma.GotoAsync(server.BaseUrl + "/account/sign-in");
        await selma.FillAsync("input[name=UserName]", "selma.browser");
        await selma.FillAsync("input[name=Password]", "Belgrade-Winter-2027");
        await selma.ClickAsync("button[type=submit]");
        await Expect(selma.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true })).ToBeVisibleAsync();
        await context.CloseAsync();

        await row.GetByRole(AriaRole.Link, new() { Name = "selma.browser" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "selma.browser", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Deactivate selma.browser? They can no longer sign in.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync(); // its yes says what happens
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("selma.browser is deactivated and signed out within a minute.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Activate" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "user-deactivated", fullPage: true);
    }

    [Fact]
    public async Task An_administrator_suspends_returns_to_a_country_from_the_reference_data_page()
    {
        var page = await server.SignInAsync("admin", 1366, 768);
        await page.GetByRole(AriaRole.Button, new() { Name = "Administration" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Reference data", Exact = true }).ClickAsync();
        var countries = page.GetByRole(AriaRole.Region, new() { Name = "Countries of return" });
        await countries.GetByRole(AriaRole.Link, new() { Name = "Nepal", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nepal", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Returns" }).SelectOptionAsync(new SelectOptionValue { Label = "Suspended" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Nepal is saved.");
        var row = page.GetByRole(AriaRole.Region, new() { Name = "Countries of return" }).Locator("tbody tr", new() { HasText = "Nepal" });
        await Expect(row).ToContainTextAsync("Suspended");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "reference-data", fullPage: true);
    }

    [Fact]
    public async Task A_manager_opens_the_scheduled_jobs_and_triggers_a_recurring_job_under_the_dashboards_policy()
    {
        var page = await server.SignInAsync("manager", 1366, 768);
        await page.GetByRole(AriaRole.Button, new() { Name = "Administration" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Scheduled jobs", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/operations/jobs", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Recurring Jobs" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Recurring Jobs" }).ClickAsync();
        var recovery = page.Locator("tr", new() { HasText = "timer-recovery" });
        await Expect(recovery).ToBeVisibleAsync();

        // Trigger now posts through the dashboard's script with our anti-forgery token: the job runs and shows as succeeded.
        await recovery.Locator("input[type=checkbox]").CheckAsync();
        // The dashboard's script posts, then reloads the page: wait for both before going on, or the reload undoes the next click.
        await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Trigger now" }).ClickAsync(),
            response => response.Url.Contains("/operations/jobs/recurring/trigger", StringComparison.Ordinal) && response.Ok);
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Expect(page.Locator("tr", new() { HasText = "timer-recovery" })).ToBeVisibleAsync();
        await page.Locator("a[href$='/operations/jobs/jobs/enqueued']").First.ClickAsync(); // the dashboard's "Jobs"
        await page.WaitForURLAsync(url => url.EndsWith("/operations/jobs/jobs/enqueued", StringComparison.Ordinal));
        await page.Locator("a[href$='/operations/jobs/jobs/succeeded']").First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/operations/jobs/jobs/succeeded", StringComparison.Ordinal));
        await Expect(page.GetByText("Timer recovery: fire timers whose wake-up was lost").First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "jobs-dashboard", fullPage: true);
        // Any Content-Security-Policy violation on these pages fails the test (FailOnPolicyViolations).
    }
}
