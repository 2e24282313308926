using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Engine.Runtime.Commands;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// A counsellor works a new case's lifecycle from the inbox, in Chromium on PostgreSQL: the intake review the case
/// made, the counselling session and the protection screen it leads to; a step waiting on a gate shows on the case page.
/// </summary>
public sealed class CaseActivityTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task A_counsellor_completes_intake_review_counselling_and_the_protection_screen_from_the_inbox_and_finds_each_next_step()
    {
        var caseId = await BrowserCases.OpenAsync(server, "Reviewed");
        var page = await server.SignInAsync("counsellor", 1600, 1000);
        await page.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Nothing is assigned to you yet, but 1 open task waits in your office");
        await page.GetByRole(AriaRole.Link, new() { Name = "take one from the office queue" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Intake review", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Intake review", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Take this task" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The task is yours.");

        // Sent back without saying what to correct: refused by the case, nothing saved.
        await page.GetByRole(AriaRole.Button, new() { Name = "Needs correction", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Say what needs correcting in the intake.")).ToBeVisibleAsync();
        await page.GetByLabel("Note (what to correct, if anything)").FillAsync("Consents and legal status checked.");
        await Screenshots.TakeAsync(page, "case-activity-intake-review", fullPage: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Completed: Complete.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My office's queue" }).ClickAsync();
        var next = page.Locator("tr", new() { HasText = "Counselling session" });
        await Expect(next).ToHaveCountAsync(1);
        await Expect(page.Locator("tr", new() { HasText = "Intake review" })).ToHaveCountAsync(0);
        await next.GetByRole(AriaRole.Link, new() { Name = "Counselling session" }).ClickAsync();
        await Expect(page.GetByLabel("Country information sheet version given")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Decided to return" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "case-activity-counselling-next", fullPage: true);

        await page.GetByRole(AriaRole.Button, new() { Name = "Take this task" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The task is yours.");
        await page.GetByLabel("Session date").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Language of the session").FillAsync("Urdu");
        await page.GetByLabel("The return process was explained").CheckAsync();
        await page.GetByLabel("Alternatives, including asylum, were explained").CheckAsync();
        await page.GetByLabel("The right to withdraw until departure was explained").CheckAsync();
        await page.GetByLabel("Country information sheet version given").FillAsync("PK-2026-03");
        await page.GetByRole(AriaRole.Button, new() { Name = "Decided to return", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Completed: Decided to return.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My office's queue" }).ClickAsync();
        await page.Locator("tr", new() { HasText = "Protection screen" }).GetByRole(AriaRole.Link, new() { Name = "Protection screen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Take this task" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The task is yours.");
        await Expect(page.GetByLabel("Indicators of trafficking")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "case-activity-protection-screen", fullPage: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "No concerns", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Completed: No concerns.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Inbox", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My office's queue" }).ClickAsync();
        await Expect(page.Locator("tr", new() { HasText = "Eligibility proposal" })).ToHaveCountAsync(1);
        await Expect(page.Locator("tr", new() { HasText = "Protection screen" })).ToHaveCountAsync(0);

        // A manager's extra drawing that asks for approval before anyone proposed: it waits, and the case page says for what.
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await mediator.Send(new SeedWorkflowDefinition(ApprovalOnly, "approval-only.json"));
            await mediator.Send(new StartWorkflow("browser-approval-only", CaseId: caseId));
        }
        await page.GotoAsync($"{server.BaseUrl}/cases/{caseId}");
        await Expect(page.GetByText("Waiting for: eligibility proposal")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "case-activity-waiting-for", fullPage: true);
    }

    private const string ApprovalOnly = """
        {"definitionId":"browser-approval-only","name":"Approval only",
         "root":{"id":"flow","type":"Elsa.Flowchart","activities":[
           {"id":"start","type":"Elsa.Start"},{"id":"approval","type":"ReturnWorkflows.Cases.EligibilityApproval"}],
          "connections":[{"source":{"activity":"start","port":"Done"},"target":{"activity":"approval","port":"In"}}]}}
        """;

    [Fact]
    public async Task The_counselling_phase_reads_well_in_the_designer()
    {
        // Start, intake review, counselling, protection screen, vulnerability assessment, eligibility proposal and
        // approval, entering the next phase, end; fourteen connections, three of them loops back (correction, needs
        // time, a refused proposal).
        await AssertReadsWellAsync("counselling-and-eligibility", nodes: 9, edges: 14, "Eligibility approval", "Counselling session", "case-activity-designer");
    }

    [Fact]
    public async Task The_consent_and_travel_document_phase_reads_well_in_the_designer()
    {
        // Start, the two consents, the travel document request and receipt, entering the travel phase, end, and beside
        // them the lost-contact watch and its review; twelve connections.
        await AssertReadsWellAsync("consent-and-travel-document", nodes: 9, edges: 12, "Travel document request", "Lost-contact watch", "consent-phase-designer");
    }

    [Fact]
    public async Task The_travel_phase_reads_well_in_the_designer()
    {
        // Start, booking, briefing, fit-to-travel check, departure, entering the next phase, end, the hand-over offer and
        // decision, the lost-contact watch and its review; seventeen connections, six of them loops back (not fit,
        // failed, no-show to booking; a declined offer; the watch's two).
        await AssertReadsWellAsync("travel", nodes: 11, edges: 17, "Flight booking", "Hand-over decision", "travel-phase-designer");
    }

    [Fact]
    public async Task The_arrival_and_reintegration_phase_reads_well_in_the_designer()
    {
        // Start, arrival, plan, its approval and the approval above the cap, delivery, entering monitoring, end, and the
        // end when support is declined; eleven connections, three of them back to the plan (sent back twice, declined aside).
        await AssertReadsWellAsync("arrival-and-reintegration", nodes: 9, edges: 11, "Arrival confirmation", "Deliver the reintegration plan", "arrival-phase-designer");
    }

    [Fact]
    public async Task The_monitoring_phase_reads_well_in_the_designer()
    {
        // Start, the plan, the baseline survey, the wait and the contact in a loop, the survey at the end, the closure,
        // end; ten connections, two of them back to the wait.
        await AssertReadsWellAsync("monitoring", nodes: 8, edges: 10, "Monitoring plan", "Monitoring visit", "monitoring-phase-designer");
    }

    /// <summary>Zoom to fit, as a manager would look at a phase: the whole of it on the canvas, every label still readable.</summary>
    private async Task AssertReadsWellAsync(string definitionId, int nodes, int edges, string oneStep, string anotherStep, string screenshot)
    {
        var page = await server.SignInAsync("manager", 1600, 1000);
        var fallbacks = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("manhattan", StringComparison.Ordinal)) fallbacks.Add(message.Text); };

        await page.GotoAsync($"{server.BaseUrl}/designer/workflows/definitions/{definitionId}/edit");

        await Expect(page.Locator(".x6-node")).ToHaveCountAsync(nodes, new() { Timeout = 120_000 });
        await Expect(page.Locator(".x6-edge")).ToHaveCountAsync(edges);
        await Expect(page.Locator(".x6-node", new() { HasText = oneStep })).ToBeVisibleAsync();
        await Expect(page.Locator(".x6-node", new() { HasText = anotherStep })).ToBeVisibleAsync();
        var view = await ZoomToFit.ApplyAsync(page);
        await Screenshots.TakeAsync(page, screenshot);
        Console.WriteLine($"{definitionId}: labels {view.SmallestLabel:0.0} px at zoom-to-fit; cut: {string.Join(" | ", view.Cut)}");
        Assert.Equal(nodes, view.Nodes);
        Assert.Empty(view.Cut);
        Assert.True(view.SmallestLabel >= ZoomToFit.ReadableLabelPixels, $"labels are {view.SmallestLabel:0.0} px high at zoom-to-fit");
        Assert.True(fallbacks.Count == 0, string.Join("\n", fallbacks));
    }
}
