using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// An operations officer books a group flight by clicking, in Chromium on PostgreSQL: from the Flights page she ticks
/// two households waiting for a flight, enters the flight once, and finds it on each case page with the group's reference.
/// </summary>
public sealed class GroupFlightTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task An_operations_officer_books_two_households_on_one_flight_from_the_flights_page()
    {
        var first = await WaitingForFlightAsync("Airborne");
        var second = await WaitingForFlightAsync("Skyward");
        var page = await server.SignInAsync("operations", 1600, 1000);

        await page.GetByRole(AriaRole.Link, new() { Name = "Flights", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Flights", Level = 1 })).ToBeVisibleAsync();
        var flightDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(21).ToString("yyyy-MM-dd");
        await page.GetByLabel("Flight number").FillAsync("JU 681");
        await page.GetByLabel("Day of the flight").FillAsync(flightDay);
        await page.GetByLabel("Route").FillAsync("SJJ - IST - ISB");
        await page.GetByLabel("Escort").FillAsync("Operations escort Sarajevo");

        // One household ticked only: a group is at least two; nothing is booked and what was typed stays.
        await page.GetByLabel(first.Number, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Book the chosen cases on this flight" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Nobody was booked" })).ToBeVisibleAsync();
        await Expect(page.GetByText("A group booking puts at least two cases on the flight")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Flight number")).ToHaveValueAsync("JU 681");
        await Expect(page.GetByLabel(first.Number, new() { Exact = true })).ToBeCheckedAsync();

        await page.GetByLabel(second.Number, new() { Exact = true }).CheckAsync();
        await Screenshots.TakeAsync(page, "flights-group-booking", fullPage: true);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Book the chosen cases on this flight" }).ClickAsync();
        var group = $"GRP-{flightDay.Replace("-", "")}-JU681";
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "are booked" })).ToContainTextAsync($"2 cases are booked on JU 681 as group {group}");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = first.Number })).ToHaveCountAsync(0);

        // Each case page shows the flight, its escort and the group.
        await page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = second.Number }).ClickAsync();
        var row = page.GetByRole(AriaRole.Region, new() { Name = "Flights booked" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "JU 681" });
        await Expect(row).ToContainTextAsync(group);
        await Expect(row).ToContainTextAsync("Operations escort Sarajevo");
        await Expect(row).ToContainTextAsync("Booked");
        await Screenshots.TakeAsync(page, "flights-case-page-booking", fullPage: true);
    }

    /// <summary>A household at Sarajevo whose travel documents arrived and whose travel phase waits for the booking.</summary>
    private async Task<(string Id, string Number)> WaitingForFlightAsync(string family)
    {
        var caseId = await BrowserCases.OpenAsync(server, family);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
        var returnCase = (await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(caseId, CancellationToken.None))!;
        var now = DateTime.UtcNow;
        returnCase.RecordTravelDocumentReceived(new TravelDocumentFacts(TravelDocumentKind.LaissezPasser, "LP-" + family, DateOnly.FromDateTime(now).AddMonths(3),
            DateOnly.FromDateTime(now)), now, "operations");
        returnCase.ClearPendingChanges();
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new StartWorkflow("travel", CaseId: caseId));
        using var api = server.ApiClient();
        return (caseId, (string)(await api.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}"))!["number"]!);
    }
}
