using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// A counsellor uploads a signed declaration from the case page by clicking, finds it listed, downloads it, and deletes
/// it with a reason through the confirmation dialog, in Chromium on PostgreSQL; at desktop and phone width.
/// </summary>
public sealed class CaseDocumentTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    private static readonly byte[] Declaration = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Title (Declaration of Amina Documented) >> endobj\n%%EOF\n");

    [Fact]
    public async Task A_counsellor_uploads_a_pdf_from_the_case_page_sees_it_listed_downloads_it_and_deletes_it_with_a_reason()
    {
        var caseId = await BrowserCases.OpenAsync(server, "Documented");
        var page = await server.SignInAsync("counsellor", 1600, 1000);
        await page.GotoAsync($"{server.BaseUrl}/cases/{caseId}");
        var documents = page.GetByRole(AriaRole.Region, new() { Name = "Documents", Exact = true });
        await Expect(documents.GetByText("No document yet.")).ToBeVisibleAsync();

        var upload = page.GetByRole(AriaRole.Form, new() { Name = "Upload a document" });
        await upload.GetByLabel("File").SetInputFilesAsync(new FilePayload { Name = "declaration.pdf", MimeType = "application/pdf", Buffer = Declaration });
        await upload.GetByLabel("Section").SelectOptionAsync(new SelectOptionValue { Label = "Consent and declaration" });
        await upload.GetByRole(AriaRole.Combobox, new() { Name = "Person", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Amina Documented" });
        await upload.GetByRole(AriaRole.Button, new() { Name = "Upload the document" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The document is uploaded.");
        var rows = page.GetByRole(AriaRole.Region, new() { Name = "Documents, newest first" }).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Nth(0)).ToContainTextAsync("Consent and declaration");
        await Expect(rows.Nth(0)).ToContainTextAsync("Amina Documented");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "case-documents", fullPage: true);

        var download = await page.RunAndWaitForDownloadAsync(() => rows.Nth(0).GetByRole(AriaRole.Link, new() { Name = "declaration.pdf" }).ClickAsync());
        Assert.Equal("declaration.pdf", download.SuggestedFilename);
        Assert.Equal(Declaration, await File.ReadAllBytesAsync((await download.PathAsync())!));

        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.TakeAsync(page, "case-documents-phone", fullPage: true);
        await page.SetViewportSizeAsync(1600, 1000);

        await rows.Nth(0).GetByText("Delete…").ClickAsync();
        await rows.Nth(0).GetByLabel("Why is it deleted?").FillAsync("A signed copy with the interpreter's name follows");
        await rows.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Delete the document" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Delete declaration.pdf?");
        await Screenshots.TakeAsync(page, "case-documents-delete");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete the document" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The document is deleted");
        await Expect(documents.GetByText("No document yet.")).ToBeVisibleAsync();
    }
}
