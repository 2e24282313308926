using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Engine.Runtime.Timers;
using ReturnWorkflows.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// The origin office's reintegration officer makes a monitoring visit from her office's queue by clicking, in Chromium
/// on PostgreSQL: a household that arrived in Islamabad 40 days ago, its +1-month contact due; the case page then
/// shows it held and the +3-month one next.
/// </summary>
public sealed class MonitoringVisitTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task An_origin_office_reintegration_officer_records_a_monitoring_visit_from_her_queue()
    {
        var (caseNumber, arrivedOn) = await InMonitoringAsync("Monitored");
        var page = await server.SignInAsync("reintegration", 1600, 1000);

        await page.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My office's queue" }).ClickAsync();
        await page.Locator("tr", new() { HasText = caseNumber }).GetByRole(AriaRole.Link, new() { Name = "Monitoring visit" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Monitoring visit", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Take this task" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The task is yours.");

        // A day before the arrival is refused with the reason; then the visit as it was made, by phone.
        await page.GetByLabel("Day of the contact").FillAsync(arrivedOn.AddDays(-1).ToString("yyyy-MM-dd"));
        await page.GetByLabel("How").SelectOptionAsync(new SelectOptionValue { Label = "Phone call" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Held", Exact = true }).ClickAsync();
        await Expect(page.GetByText("a monitoring contact cannot be earlier")).ToBeVisibleAsync();
        await page.GetByLabel("Day of the contact").FillAsync(DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"));
        await page.GetByLabel("What you found").FillAsync("Shop open; the children go to school.");
        await Screenshots.TakeAsync(page, "monitoring-visit-task", fullPage: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Held", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Completed: Held.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = caseNumber }).ClickAsync();
        var monitoring = page.GetByRole(AriaRole.Region, new() { Name = "Monitoring" });
        var first = monitoring.GetByRole(AriaRole.Row, new() { Name = "+1 month", Exact = false });
        await Expect(first).ToContainTextAsync("Held");
        await Expect(first).ToContainTextAsync("Phone call");
        await Expect(first).ToContainTextAsync("Shop open");
        await Expect(monitoring.GetByRole(AriaRole.Row, new() { Name = "+3 months" })).ToContainTextAsync("Planned");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "monitoring-case-page", fullPage: true);
    }

    /// <summary>
    /// A household at Sarajevo handed over to Islamabad that departed 40 days ago and arrived the next day, its
    /// baseline survey recorded, in its monitoring phase: the +1-month contact is due.
    /// </summary>
    private async Task<(string CaseNumber, DateOnly ArrivedOn)> InMonitoringAsync(string family)
    {
        var caseId = await BrowserCases.OpenAsync(server, family);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
        var returnCase = (await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(caseId, CancellationToken.None))!;
        var then = DateTime.UtcNow.AddDays(-40);
        var flightDay = DateOnly.FromDateTime(then);
        foreach (var person in returnCase.Persons)
            returnCase.RecordConsent(person.Id, new ConsentStatement(ConsentKind.TransferToOriginOfficeAndPartners, ConsentDecision.Given, ConsentMethod.Written, "Urdu", null, null),
                then, "counsellor");
        returnCase.RecordTravelDocumentReceived(new TravelDocumentFacts(TravelDocumentKind.LaissezPasser, "LP-" + family, flightDay.AddMonths(3), flightDay), then, "operations");
        returnCase.BookTravel(new BookingFacts("TK 1022", flightDay, "SJJ - IST - ISB", null, null), then, "operations");
        returnCase.OfferHandover("PK-ISB", "Housing for the first month.", then, "counsellor");
        returnCase.DecideHandover(true, null, then, "reintegration");
        returnCase.RecordDepartureOutcome(BookingStatus.Departed, flightDay, null, then, "operations");
        returnCase.ConfirmArrival(flightDay.AddDays(1), then.AddDays(1), "reintegration");
        returnCase.RecordSurveyResponse(SurveyRound.Baseline, returnCase.Principal.Id, SampleSustainabilitySurvey.Create(then), flightDay.AddDays(5),
            SampleSustainabilitySurvey.Create(then).Questions.ToDictionary(q => q.Id, q => q.Options[0].Value), then.AddDays(5), "reintegration");
        returnCase.ClearPendingChanges();
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new StartWorkflow("monitoring", CorrelationId: returnCase.Number, CaseId: caseId));
        // The wait after the plan looks again once the plan is written: let that wake-up run now.
        await scope.ServiceProvider.GetRequiredService<TimerDrain>().DrainAsync(CancellationToken.None);
        return (returnCase.Number, flightDay.AddDays(1));
    }
}
