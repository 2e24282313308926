using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// A counsellor writes a note on the case page by clicking and typing, sees it listed and at the top of the case's
/// timeline, whose oldest entry is the case's opening; at desktop and phone width, with no serious accessibility fault.
/// </summary>
public sealed class CaseNotesTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task A_counsellor_writes_a_note_and_finds_it_at_the_top_of_the_timeline()
    {
        var caseId = await BrowserCases.OpenAsync(server, "Noted");
        var page = await server.SignInAsync("counsellor", 1366, 768);
        await page.GotoAsync($"{server.BaseUrl}/cases/{caseId}");
        var notes = page.GetByRole(AriaRole.Region, new() { Name = "Notes", Exact = true });
        await Expect(notes.GetByText("No note yet.")).ToBeVisibleAsync();
        var timeline = page.GetByRole(AriaRole.Region, new() { Name = "Timeline", Exact = true }).Locator("li");
        await Expect(timeline.Last).ToContainTextAsync("opened the case."); // by the API key the test opened it with

        var form = page.GetByRole(AriaRole.Form, new() { Name = "Write a note" });
        await form.GetByLabel("Note").ClickAsync();
        await page.Keyboard.TypeAsync("The family asks to travel after the school year ends");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save the note" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The note is saved.");
        await Expect(notes.Locator("li")).ToHaveCountAsync(1);
        await Expect(notes.Locator("li").First).ToContainTextAsync("The family asks to travel after the school year ends");
        await Expect(timeline.First).ToContainTextAsync("counsellor wrote a note.");
        await Expect(timeline.First).ToContainTextAsync("after the school year ends");
        await Expect(timeline).Not.ToHaveCountAsync(2); // the phase and the intake review's task are there too
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "case-notes-timeline", fullPage: true);
        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.TakeAsync(page, "case-notes-timeline-phone", fullPage: true);
    }
}
