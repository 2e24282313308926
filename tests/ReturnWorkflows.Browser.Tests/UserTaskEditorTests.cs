using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>A programme manager fills in a User task as they would: outcomes typed with spaces, lists to choose from.</summary>
public sealed class UserTaskEditorTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task Outcomes_with_spaces_stay_whole_and_the_form_role_and_office_are_chosen_from_lists()
    {
        const string definitionId = "browser-user-task-editor";
        using (var api = server.ApiClient())
        {
            var response = await api.PostAsJsonAsync("/elsa/api/workflow-definitions", JsonNode.Parse("""
                {"model": {"definitionId": "browser-user-task-editor", "name": "browser-user-task-editor",
                  "root": {"id": "flow1", "type": "Elsa.Flowchart", "version": 1, "connections": [], "activities": [
                    {"id": "start1", "type": "Elsa.Start", "version": 1, "metadata": {"designer": {"position": {"x": 100, "y": 200}}}}]}},
                 "publish": false}
                """));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var page = await server.SignInAsync("manager", 1600, 1000);
        await page.GotoAsync($"{server.BaseUrl}/designer/workflows/definitions/{definitionId}/edit");
        await Expect(page.Locator(".x6-node")).ToHaveCountAsync(1, new() { Timeout = 60_000 });

        await page.GetByText("Human tasks", new() { Exact = true }).ClickAsync();
        var graph = page.Locator(".x6-graph-svg").First;
        await page.Locator("[draggable=\"true\"]", new() { HasText = "User task" }).DragToAsync(graph);
        var task = page.Locator(".x6-node", new() { HasText = "User task" }).First;
        // The fresh node reads as what it is, not as a generated identifier.
        await Expect(task).Not.ToContainTextAsync("UserTask1");
        await task.ClickAsync(new() { Force = true });

        // Typed key by key, as a person types: the spaces stay inside the outcome.
        var outcomes = page.Locator(".mud-input-control", new() { HasText = "Outcomes" }).First.Locator("input").First;
        await outcomes.ClickAsync();
        foreach (var outcome in new[] { "Decided to return", "Needs more time", "Withdrew" })
        {
            await outcomes.PressSequentiallyAsync(outcome, new() { Delay = 30 });
            await outcomes.PressAsync("Enter");
            // A person sees the chip appear before typing the next one; on a slow machine Enter is handled only then.
            await Expect(page.Locator(".mud-chip", new() { HasText = outcome })).ToHaveCountAsync(1);
        }
        await Expect(task.Locator("[port-group=\"out\"][port=\"Decided\u00a0to\u00a0return\"]")).ToHaveCountAsync(1);
        await Expect(task.Locator("[port-group=\"out\"][port=\"Decided\"]")).ToHaveCountAsync(0);
        // Four outcomes and Escalated: the node grows a line per port, so no two port labels overlap.
        await Expect(task.Locator("[port-group=\"out\"]")).ToHaveCountAsync(5);
        var overlapping = await task.EvaluateAsync<string[]>("""
            node => {
              const labels = [...node.querySelectorAll('.x6-port-label')].map(l => ({ text: l.textContent, box: l.getBoundingClientRect() }))
                .filter(l => l.box.height > 0).sort((a, b) => a.box.top - b.box.top);
              return labels.slice(1).filter((l, i) => l.box.top < labels[i].box.bottom - 0.5).map(l => l.text);
            }
            """);
        Assert.Empty(overlapping);
        await Screenshots.TakeAsync(page, "user-task-four-outcomes");

        // The form, role and office: picked from the server's lists.
        await Choose(page, "Form", "Counselling session (counselling-session)");
        await Choose(page, "Candidate role", "Counsellor");
        var saved = await page.RunAndWaitForResponseAsync(() => Choose(page, "Candidate office", "BA-SJJ"),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal)
                 && r.Request.PostData?.Contains("BA-SJJ", StringComparison.Ordinal) == true);
        Assert.Equal(200, saved.Status);
        await Screenshots.TakeAsync(page, "user-task-dropdowns");

        // Display text, on the Common tab, names the node and (with no Title given) the task in the inbox.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Common" }).ClickAsync();
        var displayText = page.Locator(".mud-input-control", new() { HasText = "Display text" }).Locator("input").First;
        await displayText.FillAsync("Return interview");
        var named = await page.RunAndWaitForResponseAsync(() => displayText.PressAsync("Tab"),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal)
                 && r.Request.PostData?.Contains("Return interview", StringComparison.Ordinal) == true);
        Assert.Equal(200, named.Status);
        await Expect(task).ToContainTextAsync("Return interview");

        var stored = await server.ApiClient().GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-definitions/by-definition-id/{definitionId}");
        var userTask = stored!["root"]!["activities"]!.AsArray().Single(a => (string?)a!["type"] == "ReturnWorkflows.UserTask")!;
        var chosen = JsonNode.Parse((string)userTask["outcomes"]!["expression"]!["value"]!)!.AsArray().Select(o => (string)o!).ToList();
        Assert.Equal(["Done", "Decided to return", "Needs more time", "Withdrew"], chosen); // plain spaces once stored
        Assert.Equal("counselling-session", (string?)userTask["formKey"]!["expression"]!["value"]);
        Assert.Equal("Counsellor", (string?)userTask["candidateRole"]!["expression"]!["value"]);
        Assert.Equal("BA-SJJ", (string?)userTask["candidateOffice"]!["expression"]!["value"]);

        // Save pressed: that request, and only that one, says it was the person's own save.
        var pressed = await page.RunAndWaitForResponseAsync(
            () => page.Locator("button.mud-icon-button:has(svg path[d^=\"M17 3H5c-1.11 0-2 .9-2 2\"])").ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal));
        Assert.Equal(200, pressed.Status);
        Assert.Equal("explicit", await pressed.Request.HeaderValueAsync("x-returnworkflows-save"));

        // The history page: the many auto-saves of this editing and the Save that ended them are one revision,
        // saying what changed and that it was saved.
        await page.GetByRole(AriaRole.Link, new() { Name = "History: saved revisions, audit, versions in use" }).ClickAsync();
        var revision = page.Locator("#rw-revisions tbody tr").First;
        await Expect(revision).ToContainTextAsync("Added User task 'Return interview'");
        await Expect(revision).ToContainTextAsync("manager");
        await Expect(revision.Locator(".badge")).ToHaveTextAsync("Saved");
        Assert.True(int.Parse(await revision.Locator("td").Nth(4).InnerTextAsync()) > 1, "the burst groups several saves");
        using (var api = server.ApiClient())
        {
            var revisions = await api.GetFromJsonAsync<JsonArray>($"/api/workflow-definitions/{definitionId}/revisions");
            Assert.Equal(1, revisions!.Count(r => (bool)r!["isExplicitSave"]!));
        }
        await Screenshots.TakeAsync(page, "history-bursts");
    }

    /// <summary>Opens the input's dropdown and clicks one of its items.</summary>
    private static async Task Choose(IPage page, string input, string item)
    {
        // The Studio's dropdown is MudExtensions' MudSelectExtended: its input control carries the label.
        await page.Locator(".mud-input-control", new() { Has = page.Locator("label", new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^\\s*{input}\\s*$") }) }).First
            .ClickAsync();
        await Screenshots.TakeAsync(page, "dropdown-" + input.Replace(' ', '-').ToLowerInvariant());
        await page.Locator(".mud-popover-open").GetByText(item, new() { Exact = true }).ClickAsync();
    }
}
