using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// The origin office's reintegration officer in Islamabad confirms a household's arrival by clicking, in Chromium on
/// PostgreSQL: the task in her office's queue, the hand-over she accepted and the flight on the case page; then she
/// records the plan's first item (a refusal first) and the baseline sustainability survey on the case page.
/// </summary>
public sealed class ArrivalTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task An_origin_office_reintegration_officer_confirms_the_arrival_and_records_the_plan_by_clicking()
    {
        var (caseNumber, flightDay) = await DepartedAsync("Arriving");
        var page = await server.SignInAsync("reintegration", 1600, 1000);

        await page.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My office's queue" }).ClickAsync();
        await page.Locator("tr", new() { HasText = "Arrival confirmation" }).GetByRole(AriaRole.Link, new() { Name = "Arrival confirmation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Arrival confirmation", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Take this task" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The task is yours.");

        // A day before the departure is refused with the reason; nothing is recorded.
        await page.GetByLabel("Day of arrival").FillAsync(flightDay.AddDays(-1).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Arrived", Exact = true }).ClickAsync();
        await Expect(page.GetByText("they cannot have arrived before")).ToBeVisibleAsync();
        await page.GetByLabel("Day of arrival").FillAsync(flightDay.ToString("yyyy-MM-dd"));
        await Screenshots.TakeAsync(page, "arrival-confirmation", fullPage: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Arrived", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Completed: Arrived.");

        // The case page, as the origin office sees it: the hand-over it accepted and the flight, no host-only section.
        await page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = caseNumber }).ClickAsync();
        await Expect(page.GetByText("Amina Arriving and family · 2 people", new() { Exact = true })).ToBeVisibleAsync();
        var handover = page.GetByRole(AriaRole.Region, new() { Name = "Hand-over to the origin office" });
        await Expect(handover).ToContainTextAsync("Housing for the first month");
        await Expect(handover).ToContainTextAsync("Accepted");
        await Expect(handover).ToContainTextAsync("TK 1022");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Counselling" })).ToHaveCountAsync(0);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "arrival-case-page-origin-office", fullPage: true);

        // She records the plan agreed with the household: a refused item first (no amount), then the item.
        var plan = page.GetByRole(AriaRole.Region, new() { Name = "Reintegration plan" });
        await Expect(plan).ToContainTextAsync("No item in the plan yet.");
        await plan.GetByText("Add an item to the plan", new() { Exact = true }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Add an item to the plan" });
        await form.GetByLabel("Support").SelectOptionAsync(new SelectOptionValue { Label = "Micro-business" });
        await form.GetByLabel("Description").FillAsync("Tailoring shop: two sewing machines and fabric");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add the item" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("amount");
        await Screenshots.TakeAsync(page, "reintegration-plan-item-refused");
        await form.GetByLabel("Amount (EUR)").FillAsync("1800");
        await form.GetByLabel("Given as").SelectOptionAsync(new SelectOptionValue { Label = "In kind" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Add the item" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The item is added to the plan.");
        var row = plan.GetByRole(AriaRole.Row, new() { Name = "Micro-business" });
        await Expect(row).ToContainTextAsync("Tailoring shop");
        await Expect(row).ToContainTextAsync("1,800.00 EUR");
        await Expect(row).ToContainTextAsync("The household");
        await Screenshots.TakeAsync(page, "reintegration-plan-item-added", fullPage: true);

        // And the baseline sustainability survey with the principal: one answer per question, by its label.
        var monitoring = page.GetByRole(AriaRole.Region, new() { Name = "Monitoring" });
        await monitoring.GetByText("Record a sustainability survey", new() { Exact = true }).ClickAsync();
        var survey = page.GetByRole(AriaRole.Form, new() { Name = "Record a sustainability survey" });
        await Expect(survey).ToContainTextAsync("sample survey");
        foreach (var group in await survey.GetByRole(AriaRole.Group).AllAsync())
            await group.GetByRole(AriaRole.Radio).First.CheckAsync();
        await survey.GetByRole(AriaRole.Group, new() { Name = "Does what the household earns cover its basic needs?" }).GetByLabel("Only partly").CheckAsync();
        await survey.GetByRole(AriaRole.Group, new() { Name = "Do the household's school-age children go to school?" }).GetByLabel("No school-age children").CheckAsync();
        await survey.GetByLabel("Answered on").FillAsync(flightDay.ToString("yyyy-MM-dd"));
        await survey.GetByRole(AriaRole.Button, new() { Name = "Record the survey" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The survey is recorded.");
        // Economic (0.5×2 + 1×2 + 1) / 5 = 0.80; social and psychosocial 1; overall 11 / 12.
        var recorded = monitoring.GetByRole(AriaRole.Row, new() { Name = "Baseline" });
        await Expect(recorded).ToContainTextAsync("Amina Arriving");
        await Expect(recorded).ToContainTextAsync("0.80");
        await Expect(recorded).ToContainTextAsync("0.92");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "monitoring-baseline-survey", fullPage: true);
    }

    /// <summary>A household at Sarajevo that consented to the transfer, was accepted by Islamabad and departed today; its arrival phase runs.</summary>
    private async Task<(string CaseNumber, DateOnly FlightDay)> DepartedAsync(string family)
    {
        var caseId = await BrowserCases.OpenAsync(server, family);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
        var returnCase = (await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(caseId, CancellationToken.None))!;
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        foreach (var person in returnCase.Persons)
            returnCase.RecordConsent(person.Id, new ConsentStatement(ConsentKind.TransferToOriginOfficeAndPartners, ConsentDecision.Given, ConsentMethod.Written, "Urdu", null, null),
                now, "counsellor");
        returnCase.RecordTravelDocumentReceived(new TravelDocumentFacts(TravelDocumentKind.LaissezPasser, "LP-" + family, today.AddMonths(3), today), now, "operations");
        returnCase.BookTravel(new BookingFacts("TK 1022", today, "SJJ - IST - ISB", null, null), now, "operations");
        returnCase.OfferHandover("PK-ISB", "Housing for the first month.", now, "counsellor");
        returnCase.DecideHandover(true, null, now, "reintegration");
        returnCase.RecordDepartureOutcome(BookingStatus.Departed, today, null, now, "operations");
        returnCase.ClearPendingChanges();
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new StartWorkflow("arrival-and-reintegration", CaseId: caseId));
        return (returnCase.Number, today);
    }
}
