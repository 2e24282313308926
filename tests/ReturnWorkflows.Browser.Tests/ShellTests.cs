using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReturnWorkflows.Engine.Notifications;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// The application shell as people meet it, by clicking and by keyboard: each role's navigation, the bell, the skip
/// link, the menu at phone width, sign-out, and the error pages. Each main page is checked with axe-core and
/// photographed at 1366×768 and 390×844 (into the test output's screenshots folder).
/// </summary>
public sealed class ShellTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    private static readonly (int Width, int Height, string Name)[] Sizes = [(1366, 768, "desktop"), (390, 844, "phone")];

    [Fact]
    public async Task Each_role_is_offered_only_the_sections_it_may_open()
    {
        var expected = new Dictionary<string, (string[] Sections, string[] Administration)>
        {
            ["counsellor"] = (["Home", "Inbox", "Cases", "Outreach"], []),
            ["supervisor"] = (["Home", "Inbox", "Cases", "Outreach", "Workflow definitions", "Workflow instances"], ["Flights", "Funnel report"]),
            ["operations"] = (["Home", "Inbox", "Cases", "Flights"], []),
            ["manager"] = (["Home", "Inbox", "Cases", "Workflow definitions", "Workflow instances"], ["Scheduled jobs", "Information sessions", "Funnel report"]),
            ["admin"] = (["Home", "Inbox", "Cases", "Workflow definitions", "Workflow instances"],
                ["Users", "Reference data", "Scheduled jobs", "Information sessions", "Funnel report"]),
        };
        foreach (var (user, (sections, administration)) in expected)
        {
            var page = await server.SignInAsync(user, 1366, 768);
            var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).Locator(".navbar-nav");
            await Expect(navigation.GetByRole(AriaRole.Link)).ToHaveTextAsync(sections); // the menu's links are hidden until it opens
            var menu = navigation.GetByRole(AriaRole.Button, new() { Name = "Administration" });
            if (administration.Length == 0)
                await Expect(menu).ToHaveCountAsync(0);
            else
            {
                await menu.ClickAsync();
                await Expect(navigation.Locator(".dropdown-menu").GetByRole(AriaRole.Link)).ToHaveTextAsync(administration);
                // The bar stays one line at a laptop's width.
                Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('.rw-navbar').getBoundingClientRect().height < 80"), $"the bar wraps for {user}");
            }
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_counsellor_on_a_phone_opens_the_menu_goes_to_the_inbox_and_signs_out()
    {
        var taskId = await StartCaseTaskAsync("shell-phone");
        var page = await server.SignInAsync("counsellor", 390, 844);

        // At phone width the sections are behind the menu button.
        var inbox = page.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true });
        await Expect(inbox).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await inbox.ClickAsync();
        await page.WaitForURLAsync(new Regex("/inbox$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inbox", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My office's queue" }).ClickAsync();
        await Expect(page.Locator($"a[href='/inbox/{taskId}']")).ToBeVisibleAsync();
        // The table scrolls inside its box; the page itself is never wider than the phone.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page is wider than the phone");

        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await Expect(page.Locator("#rw-menu")).ToHaveClassAsync(new Regex(@"\bshow\b")); // opened, not still unfolding
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "shell-menu-open-phone");
        await SignOutAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in again" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/account/sign-in"));
        // Signed out means signed out: the inbox asks to sign in again.
        await page.GotoAsync(server.BaseUrl + "/inbox");
        await page.WaitForURLAsync(new Regex("/account/sign-in"));
    }

    [Fact]
    public async Task The_keyboard_reaches_the_skip_link_first_and_it_moves_to_the_page()
    {
        var page = await server.SignInAsync("counsellor", 1366, 768);

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to the main content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeVisibleAsync(); // hidden until focused, then shown
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();
        // The next Tab is the page's first link, not the navigation again.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"));
        // Focus is drawn: the focused link has an outline.
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
    }

    [Fact]
    public async Task The_bell_counts_unread_notices_and_opens_the_notices_task()
    {
        var taskId = await StartCaseTaskAsync("shell-bell");
        await AddNoticeAsync("counsellor", taskId, "Overdue: Record the informed decision");
        var page = await server.SignInAsync("counsellor", 1366, 768);

        var bell = page.GetByRole(AriaRole.Button, new() { Name = "Notifications, 1 unread" });
        await bell.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Overdue: Record the informed decision" }).ClickAsync();
        await page.WaitForURLAsync($"**/inbox/{taskId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Record the informed decision", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Notifications, none unread" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_main_pages_pass_the_accessibility_check_and_are_photographed_at_desktop_and_phone_width()
    {
        var taskId = await StartCaseTaskAsync("shell-pages");
        var caseId = await OpenCaseAsync("Tour");
        foreach (var (width, height, size) in Sizes)
        {
            var context = await server.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
            var anonymous = await context.NewPageAsync();
            await anonymous.GotoAsync(server.BaseUrl + "/account/sign-in");
            await CheckAsync(anonymous, $"sign-in-{size}");
            await context.CloseAsync();

            var counsellor = await server.SignInAsync("counsellor", width, height);
            await CheckAsync(counsellor, $"home-{size}");
            await counsellor.GotoAsync(server.BaseUrl + "/inbox?view=office");
            await Expect(counsellor.Locator($"a[href='/inbox/{taskId}']")).ToBeVisibleAsync();
            await CheckAsync(counsellor, $"inbox-{size}");
            await counsellor.GotoAsync(server.BaseUrl + "/cases");
            await Expect(counsellor.Locator($"a[href='/cases/{caseId}']")).ToBeVisibleAsync();
            await CheckAsync(counsellor, $"cases-{size}");
            await counsellor.GotoAsync(server.BaseUrl + "/cases/new");
            await CheckAsync(counsellor, $"case-new-{size}");
            await counsellor.GotoAsync(server.BaseUrl + "/outreach");
            await CheckAsync(counsellor, $"outreach-{size}");
            await counsellor.GotoAsync(server.BaseUrl + "/outreach/new");
            await CheckAsync(counsellor, $"outreach-new-{size}");
            await counsellor.GotoAsync($"{server.BaseUrl}/cases/{caseId}");
            await Expect(counsellor.GetByRole(AriaRole.Region, new() { Name = "People" })).ToContainTextAsync("Sara Tour");
            await CheckAsync(counsellor, $"case-{size}");
            await SignOutAsync(counsellor);
            await CheckAsync(counsellor, $"signed-out-{size}");
            await counsellor.Context.CloseAsync();

            var page = await server.SignInAsync("supervisor", width, height);
            await page.GotoAsync($"{server.BaseUrl}/inbox/{taskId}");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Give" })).ToBeVisibleAsync();
            await CheckAsync(page, $"task-{size}");
            await page.GotoAsync(server.BaseUrl + "/workflows/shell-pages/history");
            await CheckAsync(page, $"history-{size}");
            await page.GotoAsync($"{server.BaseUrl}/cases/{caseId}/audit");
            await CheckAsync(page, $"case-audit-{size}");
            var missing = await page.GotoAsync(server.BaseUrl + "/no-such-page");
            Assert.Equal(404, missing!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
            await CheckAsync(page, $"not-found-{size}");
            if (size == "desktop")
            {
                // The designer page (a desktop tool): our header and banners are checked; the Studio inside is Elsa's.
                await page.GotoAsync(server.BaseUrl + "/designer/");
                await Expect(page.Locator("elsa-workflow-definition-list").GetByText("shell-pages", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = 60_000 });
                await CheckAsync(page, $"designer-{size}", "elsa-workflow-definition-list", ".mud-popover-provider", "#blazor-error-ui");
            }
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Signs out with the header's button, opening the menu first where the window is narrow.</summary>
    private static async Task SignOutAsync(IPage page)
    {
        var signOut = page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });
        if (!await signOut.IsVisibleAsync()) await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await signOut.ClickAsync();
        await page.WaitForURLAsync(new Regex("/account/signed-out$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are signed out" })).ToBeVisibleAsync();
    }

    private static async Task CheckAsync(IPage page, string name, params string[] notOurs)
    {
        await Screenshots.TakeAsync(page, "shell-" + name, fullPage: true);
        await Accessibility.AssertNoSeriousViolationsAsync(page, notOurs);
    }

    /// <summary>Publishes the counselling workflow under its own id and starts a case; returns its task's id.</summary>
    private async Task<string> StartCaseTaskAsync(string definitionId)
    {
        using var api = server.ApiClient();
        var definition = JsonNode.Parse(Workflows.CounsellingDecisionWithForm("BA-SJJ"))!;
        definition["definitionId"] = definitionId;
        (await api.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = definition, ["publish"] = true })).EnsureSuccessStatusCode();
        var started = await api.PostAsJsonAsync($"/elsa/api/workflow-definitions/{definitionId}/execute", new { });
        started.EnsureSuccessStatusCode();
        var instanceId = started.Headers.GetValues("x-elsa-workflow-instance-id").Single();
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
        return await db.HumanTasks.Where(t => t.WorkflowInstanceId == instanceId).Select(t => t.Id).SingleAsync();
    }

    /// <summary>Opens a case at Sarajevo through the API (a mother, her husband, their child); returns its id.</summary>
    private async Task<string> OpenCaseAsync(string family)
    {
        using var api = server.ApiClient();
        JsonObject Person(string given, string relationship, string? born, int? year, string? guardian) => new()
        {
            ["details"] = new JsonObject
            {
                ["givenNames"] = given, ["familyName"] = family, ["nameInDocument"] = null, ["dateOfBirth"] = born, ["estimatedBirthYear"] = year,
                ["sex"] = given == "Tariq" ? "Male" : "Female", ["nationality"] = "PK", ["languages"] = new JsonArray("Urdu"), ["relationship"] = relationship,
            },
            ["dataProcessingConsent"] = new JsonObject
            {
                ["kind"] = "DataProcessing", ["decision"] = "Given", ["method"] = "Written", ["language"] = "Urdu", ["interpreter"] = null, ["guardian"] = guardian,
            },
        };
        var opened = await api.PostAsJsonAsync("/api/cases", new JsonObject
        {
            ["hostOffice"] = "BA-SJJ", ["countryOfReturn"] = "PK", ["programmeId"] = "dk-avrr-wb",
            ["principal"] = Person("Amina", "PrincipalApplicant", "1990-05-01", null, null),
            ["members"] = new JsonArray(Person("Tariq", "Spouse", "1988-02-03", null, null), Person("Sara", "Child", null, 2019, $"Amina {family}")),
        });
        opened.EnsureSuccessStatusCode();
        return (string)(await opened.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!;
    }

    private async Task AddNoticeAsync(string userName, string taskId, string title)
    {
        await using var scope = server.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<INotificationStore>().Add([new Notification
        {
            Id = Guid.NewGuid().ToString("N"), UserName = userName, Kind = NotificationKind.TaskOverdue, Title = title,
            Link = "/api/tasks/" + taskId, TaskId = taskId, CreatedAt = DateTime.UtcNow,
        }]);
        await scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>().SaveChangesAsync();
    }
}
