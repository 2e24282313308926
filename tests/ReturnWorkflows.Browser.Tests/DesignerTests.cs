using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// A programme manager edits, saves, publishes and runs a workflow in the real Elsa Studio; a counsellor is kept out.
/// The canvas is AntV X6 (nodes <c>.x6-node</c>, ports with <c>magnet="true"</c>); the toolbar's icon buttons are
/// told apart by their Material icon paths.
/// </summary>
public sealed class DesignerTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    private const string SaveIcon = "M17 3H5c-1.11 0-2 .9-2 2v14c0 1.1.89 2 2";
    private const string PublishIcon = "M19.35 10.04C18.67 6.59 15.64 4 12 4";
    private const string RunIcon = "M8 5v14l11-7z";

    [Fact]
    public async Task A_manager_drags_connects_edits_saves_publishes_reloads_and_runs_a_workflow()
    {
        const string definitionId = "browser-edit";
        await CreateDraftWithStartAsync(definitionId);
        var page = await server.SignInAsync("manager");
        var saves = new List<IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Request.Method == "POST" && response.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal)) saves.Add(response);
        };

        await page.GotoAsync($"{server.BaseUrl}/designer/workflows/definitions/{definitionId}/edit");
        await Expect(page.Locator(".x6-node")).ToHaveCountAsync(1, new() { Timeout = 60_000 });

        // Drag "Write line" from the toolbox onto the canvas.
        await page.GetByText("Primitives", new() { Exact = true }).ClickAsync();
        var graph = page.Locator(".x6-graph-svg").First;
        var canvas = (await graph.BoundingBoxAsync())!;
        await page.Locator("[draggable=\"true\"]", new() { HasText = "Write line" }).DragToAsync(graph,
            new() { TargetPosition = new() { X = canvas.Width * 0.6f, Y = canvas.Height * 0.5f } });
        await Expect(page.Locator(".x6-node")).ToHaveCountAsync(2);

        // Connect Start's Done port to the new activity's In port: press, move in small steps, release.
        var from = (await page.Locator("[magnet=\"true\"][port=\"Done\"][port-group=\"out\"]").First.BoundingBoxAsync())!;
        var to = (await page.Locator("[magnet=\"true\"][port=\"In\"][port-group=\"in\"]").First.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(canvas.X + 40, canvas.Y + canvas.Height - 40);
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        for (var step = 1; step <= 10; step++)
            await page.Mouse.MoveAsync(from.X + from.Width / 2 + (to.X - from.X) * step / 10, from.Y + from.Height / 2 + (to.Y - from.Y) * step / 10);
        await page.Mouse.UpAsync();
        await Expect(page.Locator(".x6-edge")).ToHaveCountAsync(1);

        // Edit the new activity's Text input.
        await page.Locator(".x6-node", new() { HasText = "Write line" }).First.ClickAsync(new() { Force = true });
        var text = page.Locator(".mud-input-control", new() { HasText = "Text" }).First.Locator("input, textarea").First;
        await text.FillAsync("Hello from the designer");
        await text.PressAsync("Tab");

        var saved = await page.RunAndWaitForResponseAsync(() => IconButton(page, SaveIcon).ClickAsync(), IsSave);
        Assert.Equal(200, saved.Status);
        // Auto-saves may still be in flight: wait for the answer to the publishing request itself.
        var published = await page.RunAndWaitForResponseAsync(() => IconButton(page, PublishIcon).ClickAsync(),
            r => IsSave(r) && r.Request.PostData?.Contains("\"publish\":true", StringComparison.Ordinal) == true);
        Assert.Equal(200, published.Status);

        // What the server stored: a published version with the connected, edited activity.
        var stored = await server.ApiClient().GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-definitions/by-definition-id/{definitionId}?versionOptions=Published");
        var writeLine = stored!["root"]!["activities"]!.AsArray().Single(a => (string?)a!["type"] == "Elsa.WriteLine")!;
        Assert.Equal("Hello from the designer", (string?)writeLine["text"]!["expression"]!["value"]);
        var connection = stored["root"]!["connections"]!.AsArray().Single()!;
        Assert.Equal("start1", (string?)connection["source"]!["activity"]);
        Assert.Equal((string?)writeLine["id"], (string?)connection["target"]!["activity"]);
        Assert.True((bool)stored["isPublished"]!);
        Assert.All(saves, s => Assert.Equal(200, s.Status));

        // Reload: the saved graph comes back.
        await page.ReloadAsync();
        await Expect(page.Locator(".x6-node")).ToHaveCountAsync(2, new() { Timeout = 60_000 });
        await Expect(page.Locator(".x6-edge")).ToHaveCountAsync(1);

        // Run: the Studio navigates to the instance viewer, which shows the journal and the per-activity badges.
        await IconButton(page, RunIcon).ClickAsync();
        await page.WaitForURLAsync(new Regex("/designer/workflows/instances/[0-9a-f]+/view$"), new() { Timeout = 30_000 });
        var instanceId = page.Url.Split('/')[^2];
        var report = await page.RunAndWaitForResponseAsync(() => page.ReloadAsync(),
            r => r.Url.EndsWith("/elsa/api/activity-executions/report", StringComparison.Ordinal), new() { Timeout = 60_000 });
        var stats = (await report.JsonAsync())!.Value.GetProperty("stats").EnumerateArray()
            .ToDictionary(s => s.GetProperty("activityId").GetString()!, s => s.GetProperty("completedCount").GetInt32());
        Assert.Equal(1, stats[(string)writeLine["id"]!]);
        Assert.Equal(1, stats["start1"]);
        await Expect(page.GetByText("Write line - Completed").First).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await using var scope = server.Services.CreateAsyncScope();
        var instance = await scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>().WorkflowInstances.SingleAsync(i => i.Id == instanceId);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.True(instance.IsTestRun); // a designer run is a test run, kept out of case lists and reports
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_user_tasks_outcomes_are_drawn_as_ports_the_manager_can_add_to()
    {
        const string definitionId = "browser-user-task";
        await CreateDraftWithStartAsync(definitionId);
        var page = await server.SignInAsync("manager");
        await page.GotoAsync($"{server.BaseUrl}/designer/workflows/definitions/{definitionId}/edit");
        await Expect(page.Locator(".x6-node")).ToHaveCountAsync(1, new() { Timeout = 60_000 });

        // A fresh task carries its default outcome, and the Escalated port is always there to connect.
        await page.GetByText("Human tasks", new() { Exact = true }).ClickAsync();
        var graph = page.Locator(".x6-graph-svg").First;
        await page.Locator("[draggable=\"true\"]", new() { HasText = "User task" }).DragToAsync(graph);
        var task = page.Locator(".x6-node", new() { HasText = "User task" }).First;
        await Expect(task.Locator("[port-group=\"out\"][port=\"Done\"]")).ToHaveCountAsync(1);
        await Expect(task.Locator("[port-group=\"out\"][port=\"Escalated\"]")).ToHaveCountAsync(1);

        // Typing an outcome into the Outcomes field adds a port, and the auto-save stores it.
        await task.ClickAsync(new() { Force = true });
        var outcomes = page.Locator(".mud-input-control", new() { HasText = "Outcomes" }).First.Locator("input").First;
        await outcomes.FillAsync("Approved");
        var saved = await page.RunAndWaitForResponseAsync(() => outcomes.PressAsync("Enter"),
            r => IsSave(r) && r.Request.PostData?.Contains("Approved", StringComparison.Ordinal) == true);
        Assert.Equal(200, saved.Status);
        await Expect(task.Locator("[port-group=\"out\"][port=\"Approved\"]")).ToHaveCountAsync(1);

        var stored = await server.ApiClient().GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-definitions/by-definition-id/{definitionId}");
        var userTask = stored!["root"]!["activities"]!.AsArray().Single(a => (string?)a!["type"] == "ReturnWorkflows.UserTask")!;
        var chosen = JsonNode.Parse((string)userTask["outcomes"]!["expression"]!["value"]!)!.AsArray().Select(o => (string)o!).ToList();
        Assert.Equal(["Done", "Approved"], chosen);
    }

    [Fact]
    public async Task A_JavaScript_expression_is_edited_in_the_code_editor_which_the_page_loads_after_the_canvas()
    {
        const string definitionId = "browser-javascript";
        await CreateDraftAsync(definitionId, """
            {"id": "start1", "type": "Elsa.Start", "version": 1, "metadata": {"designer": {"position": {"x": 100, "y": 200}}}},
            {"id": "greet1", "type": "Elsa.WriteLine", "version": 1, "metadata": {"designer": {"position": {"x": 400, "y": 200}}},
             "text": {"typeName": "String", "expression": {"type": "JavaScript", "value": "40 * 1"}}}
            """);
        var page = await server.SignInAsync("manager");

        await page.GotoAsync($"{server.BaseUrl}/designer/workflows/definitions/{definitionId}/edit");
        await Expect(page.Locator(".x6-node")).ToHaveCountAsync(2, new() { Timeout = 60_000 });

        // Chosen at once, while Monaco is usually still to come: the Studio's editor waits for it rather than failing.
        await page.Locator(".x6-node", new() { HasText = "Write line" }).First.ClickAsync(new() { Force = true });
        var code = page.Locator(".mud-input-control", new() { HasText = "Text" }).First.Locator(".monaco-editor");
        await Expect(code).ToContainTextAsync("40 * 1", new() { Timeout = 30_000 });

        // (No quotes or plus signs in the expression: the Studio's JSON escapes them.)
        var saving = page.WaitForResponseAsync(r => IsSave(r) && r.Request.PostData?.Contains("40 * 1 * 2", StringComparison.Ordinal) == true,
            new() { Timeout = 90_000 });
        // On a loaded machine the first keys can reach the editor before it has focus: type again until they land, as a
        // person would who saw nothing appear.
        for (var attempt = 1; !(await code.InnerTextAsync()).Replace('\u00a0', ' ').Contains("40 * 1 * 2") && attempt <= 3; attempt++)
        {
            await code.Locator(".view-lines").ClickAsync();
            await page.Keyboard.PressAsync("End");
            await page.Keyboard.TypeAsync(" * 2", new() { Delay = 30 });
            await page.WaitForTimeoutAsync(500);
        }
        Assert.Equal(200, (await saving).Status);

        var stored = await server.ApiClient().GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-definitions/by-definition-id/{definitionId}");
        var text = stored!["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == "greet1")!["text"]!["expression"]!;
        Assert.Equal("JavaScript", (string?)text["type"]);
        Assert.Equal("40 * 1 * 2", (string?)text["value"]);
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_manager_is_told_when_a_colleague_saved_the_draft_first()
    {
        const string definitionId = "browser-conflict";
        await CreateDraftWithStartAsync(definitionId);
        var page = await server.SignInAsync("manager");
        await page.GotoAsync($"{server.BaseUrl}/designer/workflows/definitions/{definitionId}/edit");
        await Expect(page.Locator(".x6-node")).ToHaveCountAsync(1, new() { Timeout = 60_000 });

        // A colleague saves the same draft (as the Studio would: the model it loaded, changed).
        using (var colleague = server.ApiClient())
        {
            var loaded = (await colleague.GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-definitions/by-definition-id/{definitionId}"))!;
            loaded.Remove("links");
            loaded["description"] = "Changed by a colleague";
            (await colleague.PostAsJsonAsync("/elsa/api/workflow-definitions", new JsonObject { ["model"] = loaded, ["publish"] = false })).EnsureSuccessStatusCode();
        }

        // Our manager's next change is auto-saved, refused, and the page says so in words.
        await page.GetByText("Primitives", new() { Exact = true }).ClickAsync();
        var graph = page.Locator(".x6-graph-svg").First;
        var refused = await page.RunAndWaitForResponseAsync(
            () => page.Locator("[draggable=\"true\"]", new() { HasText = "Write line" }).DragToAsync(graph),
            IsSave);
        Assert.Equal(409, refused.Status);
        await Expect(page.Locator("#rw-designer-status")).ToContainTextAsync("Not saved:");
        await Expect(page.Locator("#rw-designer-status")).ToContainTextAsync("after you opened it");
        var stored = await server.ApiClient().GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-definitions/by-definition-id/{definitionId}");
        Assert.Equal("Changed by a colleague", (string?)stored!["description"]);
        Assert.Single(stored["root"]!["activities"]!.AsArray());
    }

    [Fact]
    public async Task The_definition_list_shows_the_versions_cases_still_run_on()
    {
        // A real case (started by automation) waits on the shipped lifecycle's version 1; a test run would not count.
        using (var automation = server.ApiClient())
            (await automation.PostAsJsonAsync("/elsa/api/workflow-definitions/avrr-case-lifecycle/execute", new { })).EnsureSuccessStatusCode();
        var page = await server.SignInAsync("manager");

        await page.GotoAsync($"{server.BaseUrl}/designer/");

        await Expect(page.Locator("#rw-running-versions")).ToContainTextAsync("avrr-case-lifecycle v2: 1");
        await Expect(page.GetByText("avrr-case-lifecycle", new() { Exact = true }).First).ToBeVisibleAsync(new() { Timeout = 60_000 }); // the Studio's list
    }

    [Fact]
    public async Task The_files_a_managers_home_page_prefetched_are_the_ones_the_editor_then_takes_from_the_cache()
    {
        var page = await server.SignInAsync("manager"); // lands on the home page, which carries the prefetch hints
        await page.WaitForFunctionAsync("""
            () => {
              const hinted = document.querySelectorAll('link[rel=prefetch]').length;
              const fetched = performance.getEntriesByType('resource').filter(e => e.name.includes('/designer/') && e.responseEnd > 0).length;
              return hinted > 100 && fetched >= hinted;
            }
            """);

        var fallbacks = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("manhattan", StringComparison.Ordinal)) fallbacks.Add(message.Text); };
        await page.GotoAsync($"{server.BaseUrl}/designer/workflows/definitions/avrr-case-lifecycle/edit");
        await Expect(page.Locator(".x6-node").First).ToBeVisibleAsync();

        // The shipped lifecycle is laid out so that X6 routes every one of its 15 edges around the nodes (a cramped
        // layout makes it fall back to straight orthogonal lines drawn over the nodes, with a console warning each).
        await Expect(page.Locator(".x6-edge")).ToHaveCountAsync(15);
        Assert.Empty(fallbacks);

        // The runtime, its ICU data and the assemblies Blazor fetched (with integrity checks) came from the cache: no bytes moved.
        var runtimeFiles = await page.EvaluateAsync<JsonElement>("""
            () => performance.getEntriesByType('resource')
              .filter(e => /\/_framework\/.+\.(wasm|dat)$/.test(e.name))
              .map(e => [e.name, e.transferSize])
            """);
        Assert.True(runtimeFiles.GetArrayLength() > 100, $"{runtimeFiles.GetArrayLength()} runtime files loaded");
        Assert.All(runtimeFiles.EnumerateArray(), file => Assert.True(file[1].GetDouble() == 0, $"{file[0]} was downloaded again ({file[1]} bytes)"));
    }

    [Fact]
    public async Task A_supervisor_sees_the_editor_read_only()
    {
        const string definitionId = "browser-read-only";
        await CreateDraftWithStartAsync(definitionId);
        var page = await server.SignInAsync("supervisor");
        var posts = 0;
        page.Request += (_, request) => { if (request.Method == "POST" && request.Url.Contains("/elsa/api/workflow-definitions")) posts++; };

        await page.GotoAsync($"{server.BaseUrl}/designer/workflows/definitions/{definitionId}/edit");
        await Expect(page.Locator(".x6-node")).ToHaveCountAsync(1, new() { Timeout = 60_000 });

        // No publish link, so the Studio offers no saving: the toolbar has no publish button and nothing is posted.
        await Expect(IconButton(page, PublishIcon)).ToHaveCountAsync(0);
        // Nor a Run button: a test run is designing, which the supervisor may not do.
        await Expect(IconButton(page, RunIcon)).ToBeHiddenAsync();
        Assert.Equal(0, posts);

        // The definition list's row menu offers no Run either.
        await page.GetByRole(AriaRole.Link, new() { Name = "Workflow definitions", Exact = true }).ClickAsync();
        var row = page.Locator("elsa-workflow-definition-list tr.mud-table-row", new() { Has = page.GetByText(definitionId, new() { Exact = true }) });
        await row.Locator("button:has(svg path[d^=\"M12 8c1.1 0 2-.9 2-2\"])").ClickAsync(new() { Timeout = 60_000 });
        var menu = page.Locator(".mud-popover-open");
        await Expect(menu.GetByText("Export", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(menu.GetByText("Run", new() { Exact = true })).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_counsellor_is_refused_the_designer_and_its_api()
    {
        var page = await server.SignInAsync("counsellor");

        var response = await page.GotoAsync($"{server.BaseUrl}/designer/");
        Assert.Equal(403, response!.Status);
        await Expect(page.GetByText("Not allowed")).ToBeVisibleAsync();

        // The bundle and the API refuse the counsellor too: without a token, and with the counsellor's own token.
        Assert.Equal(403, (await page.APIRequest.GetAsync($"{server.BaseUrl}/designer/_framework/blazor.webassembly.js")).Status);
        Assert.Equal(401, (await page.APIRequest.GetAsync($"{server.BaseUrl}/elsa/api/workflow-definitions")).Status);
        var token = (await (await page.APIRequest.GetAsync($"{server.BaseUrl}/account/access-token")).JsonAsync())!.Value.GetProperty("accessToken").GetString();
        var withToken = await page.APIRequest.GetAsync($"{server.BaseUrl}/elsa/api/workflow-definitions",
            new() { Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token } });
        Assert.Equal(403, withToken.Status);
    }

    private static bool IsSave(IResponse response) =>
        response.Request.Method == "POST" && response.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal);

    private static ILocator IconButton(IPage page, string iconPath) =>
        page.Locator($"button.mud-icon-button:has(svg path[d^=\"{iconPath}\"])");

    private Task CreateDraftWithStartAsync(string definitionId) =>
        CreateDraftAsync(definitionId, """{"id": "start1", "type": "Elsa.Start", "version": 1, "metadata": {"designer": {"position": {"x": 100, "y": 200}}}}""");

    /// <summary>Saves a draft flowchart of the given activities (JSON objects, comma-separated), unconnected.</summary>
    private async Task CreateDraftAsync(string definitionId, string activities)
    {
        using var api = server.ApiClient();
        var response = await api.PostAsJsonAsync("/elsa/api/workflow-definitions", JsonNode.Parse("""
            {"model": {"definitionId": "DEFINITION_ID", "name": "DEFINITION_ID",
              "root": {"id": "flow1", "type": "Elsa.Flowchart", "version": 1, "activities": [ACTIVITIES], "connections": []}},
             "publish": false}
            """.Replace("DEFINITION_ID", definitionId).Replace("ACTIVITIES", activities)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // 201 only when the server chose the id
    }
}
