using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReturnWorkflows.Testing;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>A counsellor works a case's task from the inbox pages in Chromium, on PostgreSQL.</summary>
public sealed class InboxTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task A_counsellor_takes_a_task_from_the_office_queue_fills_in_its_form_and_completes_it()
    {
        using var api = server.ApiClient();
        var definition = JsonNode.Parse(Workflows.CounsellingDecisionWithForm("BA-SJJ"))!;
        (await api.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = definition, ["publish"] = true })).EnsureSuccessStatusCode();
        var started = await api.PostAsJsonAsync("/elsa/api/workflow-definitions/counselling-decision/execute", new { });
        started.EnsureSuccessStatusCode();
        var instanceId = started.Headers.GetValues("x-elsa-workflow-instance-id").Single();

        var page = await server.SignInAsync("counsellor", 1600, 1000);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync();
        // Nothing is the counsellor's own yet, and the page says where the work is.
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Status)).ToContainTextAsync("Nothing is assigned to you yet, but 1 open task waits in your office");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "take one from the office queue" }).ClickAsync();

        // The queue's row: the case (no case number here: the workflow and its instance), the due time on Sarajevo's clock.
        var row = page.Locator("tr", new() { HasText = "Record the informed decision" });
        await Expect(row).ToContainTextAsync("Counselling decision #" + instanceId[..8]);
        await Expect(row).ToContainTextAsync("Europe/Sarajevo");
        await Screenshots.TakeAsync(page, "inbox-office-queue");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Record the informed decision" }).ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Take this task" }).ClickAsync();
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Status)).ToHaveTextAsync("The task is yours.");

        // A first try without the date: refused, the field says why, what was typed stays.
        await page.GetByLabel("Language of the session").FillAsync("Urdu");
        await page.GetByLabel("Alternatives, including asylum, explained").CheckAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Approved" }).ClickAsync();
        await Expect(page.GetByText("Session date is required.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Language of the session")).ToHaveValueAsync("Urdu");
        await Expect(page.GetByLabel("Alternatives, including asylum, explained")).ToBeCheckedAsync();

        await page.GetByLabel("Session date").FillAsync("2026-11-21");
        await page.GetByLabel("Right to withdraw explained").CheckAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Approved" }).ClickAsync();
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Status)).ToHaveTextAsync("Completed: Approved.");

        var instance = await api.GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-instances/{instanceId}");
        Assert.Equal("Finished", (string?)instance!["subStatus"]);
    }

    [Fact]
    public async Task A_test_runs_task_is_the_testers_own_and_marked_as_a_test()
    {
        using var api = server.ApiClient();
        var definition = JsonNode.Parse(Workflows.CounsellingDecisionWithForm("BA-SJJ"))!;
        definition["definitionId"] = "inbox-test-run";
        (await api.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = definition, ["publish"] = true })).EnsureSuccessStatusCode();
        var page = await server.SignInAsync("manager", 1600, 1000);

        // What the designer's Run button sends, with the manager's own designer token.
        var token = (await (await page.APIRequest.GetAsync($"{server.BaseUrl}/account/access-token")).JsonAsync())!.Value.GetProperty("accessToken").GetString();
        var run = await page.APIRequest.PostAsync($"{server.BaseUrl}/elsa/api/workflow-definitions/inbox-test-run/execute",
            new() { Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token }, DataObject = new { versionOptions = "Latest" } });
        Assert.Equal(200, run.Status);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync();
        var row = page.Locator("tr", new() { HasText = "Record the informed decision" });
        await Expect(row).ToContainTextAsync("Test run");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "My office's queue" }).ClickAsync();
        await Expect(page.GetByText("Nothing here.")).ToBeVisibleAsync(); // never in the office queue
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Mine", Exact = true }).ClickAsync();
        await row.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Record the informed decision" }).ClickAsync();
        await Expect(page.Locator(".alert.rw-test-run")).ToContainTextAsync("Test run: started from the designer's Run button");
        await Screenshots.TakeAsync(page, "inbox-test-run-task");
    }
}
