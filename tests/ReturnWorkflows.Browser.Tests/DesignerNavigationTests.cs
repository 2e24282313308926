using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// A programme manager finds their way through the Studio's pages by clicking only, from the server's own navigation:
/// definition rows and menus, Create workflow, Run, the instance list and the viewer's link back to the definition.
/// </summary>
public sealed class DesignerNavigationTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    private const string RunIcon = "M8 5v14l11-7z";
    private const string MoreIcon = "M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2";
    private static readonly Regex EditorAddress = new("/designer/workflows/definitions/browser-navigation/edit$");
    private static readonly Regex ViewerAddress = new("/designer/workflows/instances/[0-9a-f]+/view$");

    [Fact]
    public async Task A_manager_opens_a_definition_from_its_row_by_click_double_click_and_menu()
    {
        await CreateDraftAsync("browser-navigation");
        var page = await server.SignInAsync("manager", 1600, 1000);

        await OpenDefinitionListAsync(page);
        await DefinitionRow(page, "browser-navigation").ClickAsync();
        await ExpectEditorAsync(page);

        await OpenDefinitionListAsync(page);
        await DefinitionRow(page, "browser-navigation").DblClickAsync();
        await ExpectEditorAsync(page);

        await OpenDefinitionListAsync(page);
        await DefinitionRow(page, "browser-navigation").Locator($"button:has(svg path[d^=\"{MoreIcon}\"])").ClickAsync();
        await Screenshots.TakeAsync(page, "definition-row-menu");
        await MenuItem(page, "Edit").ClickAsync();
        await ExpectEditorAsync(page);
    }

    [Fact]
    public async Task Create_workflow_asks_for_a_name_and_opens_the_new_editor()
    {
        var page = await server.SignInAsync("manager", 1600, 1000);
        await OpenDefinitionListAsync(page);

        // On a loaded machine the button is drawn before the Studio listens to it, and a dialog opened by an early
        // click can be closed again when the Studio finishes starting; a person opens it again, so do we.
        var name = page.Locator(".mud-dialog .mud-input-control", new() { HasText = "Name" }).First.Locator("input");
        await OpenUntilFilledAsync(page.GetByRole(AriaRole.Button, new() { Name = "Create workflow" }), page.Locator(".mud-dialog").First, name, "Clicked into being");
        var created = await page.RunAndWaitForResponseAsync(
            () => page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Ok" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal));
        Assert.Equal(201, created.Status);

        // The page moves on to the new definition's editor at once (too soon to read the answer's body).
        await page.WaitForURLAsync(new Regex("/designer/workflows/definitions/[^/]+/edit$"));
        var definitionId = page.Url.Split('/')[^2];
        await Expect(page.Locator(".x6-graph-svg").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var stored = await server.ApiClient().GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-definitions/by-definition-id/{definitionId}");
        Assert.Equal("Clicked into being", (string?)stored!["name"]);
    }

    [Fact]
    public async Task Run_shows_the_instance_whose_definition_link_leads_back_and_the_instance_list_opens_it_too()
    {
        await CreateDraftAsync("browser-navigation-run");
        var page = await server.SignInAsync("manager", 1600, 1000);
        await OpenDefinitionListAsync(page);
        await DefinitionRow(page, "browser-navigation-run").ClickAsync();
        await Expect(page.Locator(".x6-node")).ToHaveCountAsync(1, new() { Timeout = 60_000 });

        // Run: the viewer is shown, without a reload by hand.
        await page.Locator($"button.mud-icon-button:has(svg path[d^=\"{RunIcon}\"])").ClickAsync();
        await page.WaitForURLAsync(ViewerAddress);
        await ExpectViewerAsync(page);
        var instanceId = page.Url.Split('/')[^2];

        // The viewer's Definition ID link opens the editor under /designer/.
        await page.GetByRole(AriaRole.Link, new() { Name = "browser-navigation-run" }).First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/designer/workflows/definitions/browser-navigation-run/edit$"));
        await Expect(page.Locator(".x6-node")).ToHaveCountAsync(1, new() { Timeout = 60_000 });

        // The instance list: a row click and the row menu's View open the viewer.
        await OpenInstanceListAsync(page);
        await InstanceRow(page, instanceId).ClickAsync();
        await page.WaitForURLAsync($"**/designer/workflows/instances/{instanceId}/view");
        await ExpectViewerAsync(page);

        await OpenInstanceListAsync(page);
        await InstanceRow(page, instanceId).Locator($"button:has(svg path[d^=\"{MoreIcon}\"])").ClickAsync();
        await Screenshots.TakeAsync(page, "instance-row-menu");
        await MenuItem(page, "View").ClickAsync();
        await page.WaitForURLAsync($"**/designer/workflows/instances/{instanceId}/view");
        await ExpectViewerAsync(page);
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }

    private static async Task OpenDefinitionListAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Workflow definitions", Exact = true }).ClickAsync();
        await Expect(page.Locator("elsa-workflow-definition-list .mud-table-row").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    private static async Task OpenInstanceListAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Workflow instances", Exact = true }).ClickAsync();
        await Expect(page.Locator("elsa-workflow-instance-list .mud-table-row").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    /// <summary>An item of the open MudBlazor menu (its items carry no menuitem role).</summary>
    private static ILocator MenuItem(IPage page, string text) =>
        page.Locator(".mud-popover-open").GetByText(text, new() { Exact = true });

    private static ILocator DefinitionRow(IPage page, string name) =>
        page.Locator("elsa-workflow-definition-list tr.mud-table-row", new() { Has = page.GetByText(name, new() { Exact = true }) });

    private static ILocator InstanceRow(IPage page, string instanceId) =>
        page.Locator("elsa-workflow-instance-list tr.mud-table-row", new() { HasText = instanceId });

    private static async Task ExpectEditorAsync(IPage page)
    {
        await page.WaitForURLAsync(EditorAddress);
        await Expect(page.Locator(".x6-node")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
    }

    private static async Task ExpectViewerAsync(IPage page)
    {
        await Expect(page.Locator("elsa-workflow-instance-viewer")).ToHaveCountAsync(1);
        await Expect(page.Locator("elsa-workflow-instance-viewer").GetByText("Definition ID").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.Locator("elsa-workflow-definition-editor")).ToHaveCountAsync(0);
    }

    private async Task CreateDraftAsync(string definitionId)
    {
        using var api = server.ApiClient();
        var response = await api.PostAsJsonAsync("/elsa/api/workflow-definitions", JsonNode.Parse("""
            {"model": {"definitionId": "DEFINITION_ID", "name": "DEFINITION_ID",
              "root": {"id": "flow1", "type": "Elsa.Flowchart", "version": 1, "connections": [],
                "activities": [{"id": "start1", "type": "Elsa.Start", "version": 1, "metadata": {"designer": {"position": {"x": 100, "y": 200}}}}]}},
             "publish": false}
            """.Replace("DEFINITION_ID", definitionId)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// Clicks <paramref name="button"/> until <paramref name="appears"/> (inside <paramref name="dialog"/>) shows. On a
    /// loaded machine the Studio may not listen yet (nothing happens), answer a click late, or draw the dialog and
    /// then lose it to a re-render of the list (seen in CI: the dialog came and went): a person clicks again whenever
    /// no dialog is open, so do we, and never on top of an open one.
    /// </summary>
    /// <summary>Opens the dialog, checks that its field starts empty and fills it; starts over if the dialog closes.</summary>
    private static async Task OpenUntilFilledAsync(ILocator button, ILocator dialog, ILocator field, string value)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (!await dialog.IsVisibleAsync()) await button.ClickAsync();
            try
            {
                await field.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 5_000 });
                await Expect(field).ToHaveValueAsync("", new() { Timeout = 5_000 });
                await field.FillAsync(value, new() { Timeout = 5_000 });
                await Expect(field).ToHaveValueAsync(value, new() { Timeout = 5_000 });
                await Task.Delay(500); // the dialog stays open once the Studio has settled
                if (await field.IsVisibleAsync() && await field.InputValueAsync() == value) return;
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException && attempt < 36) { } // up to about 3 minutes
        }
    }
}
