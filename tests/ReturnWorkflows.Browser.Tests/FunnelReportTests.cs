using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>A programme manager opens the funnel report from the Administration menu and reads its table; the page passes axe.</summary>
public sealed class FunnelReportTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task A_manager_opens_the_funnel_from_the_menu_and_reads_each_stage()
    {
        var page = await server.SignInAsync("manager", 1366, 900);
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await navigation.GetByRole(AriaRole.Button, new() { Name = "Administration" }).ClickAsync();
        await navigation.GetByRole(AriaRole.Link, new() { Name = "Funnel report" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Funnel report", Level = 1 })).ToBeVisibleAsync();
        var table = page.GetByRole(AriaRole.Table, new() { Name = "The funnel from" });
        await Expect(table.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync([
            "People reached at information sessions", "Asked for individual counselling", "Cases opened", "Persons counselled",
            "Decided to return", "Eligible", "Departed", "Arrived", "Reintegration plan approved"]);
        await Screenshots.TakeAsync(page, "funnel-report", fullPage: true);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
