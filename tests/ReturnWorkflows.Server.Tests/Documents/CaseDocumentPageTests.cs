using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace ReturnWorkflows.Server.Tests.Documents;

/// <summary>
/// The case page's documents in a browser's way (cookie, multipart form, anti-forgery) on PostgreSQL: uploaded, listed
/// with a download link that gives the file back, a refused file named beside its input with nothing stored, a medical
/// clearance absent from a counsellor's page, another office's download a 404, a deletion with its reason.
/// </summary>
public sealed partial class CaseDocumentPageTests(DocumentServer api) : IClassFixture<DocumentServer>
{
    [Fact]
    public async Task A_document_uploaded_from_the_case_page_is_listed_and_downloads_and_is_deleted_with_a_reason()
    {
        var (id, principal) = await api.OpenFamilyAsync("Paged");
        using var counsellor = await api.Server.SignedInAsync("counsellor");
        var empty = WebUtility.HtmlDecode(await counsellor.GetStringAsync($"/cases/{id}"));
        Assert.Contains("No document yet.", empty);
        Assert.Contains("at most 0 MB", empty); // the fixture's 64 KB limit, in whole MB

        var content = DocumentServer.Pdf("signed declaration");
        var posted = await PostAsync(counsellor, id, "Document", content, "declaration.pdf", new() { ["document.section"] = "ConsentAndDeclaration", ["document.personId"] = principal });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var page = WebUtility.HtmlDecode(await counsellor.GetStringAsync(posted.Headers.Location!.ToString()));
        Assert.Contains("The document is uploaded.", page);
        var link = DownloadLink().Match(page);
        Assert.True(link.Success, "a download link");
        Assert.Equal("declaration.pdf", link.Groups[2].Value);
        Assert.Contains("<td>Consent and declaration</td><td>Amina Paged</td>", Regex.Replace(page, @">\s+<", "><"));
        var download = await counsellor.GetAsync(link.Groups[1].Value);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);

        // Another office's counsellor, with the link: the 404 page.
        using var belgrade = await api.Server.SignedInAsync("counsellor.belgrade");
        Assert.Equal(HttpStatusCode.NotFound, (await belgrade.GetAsync(link.Groups[1].Value)).StatusCode);

        var documentId = await api.InDatabaseAsync(db => db.CaseDocuments.Where(d => d.CaseId == id).Select(d => d.Id).SingleAsync());
        var noReason = await PostAsync(counsellor, id, "DeleteDocument", null, null, new() { ["documentId"] = documentId, ["reason"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains($"id=\"document-reason-{documentId}-error\">Say why the document is deleted", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()));
        var deleted = await PostAsync(counsellor, id, "DeleteDocument", null, null, new() { ["documentId"] = documentId, ["reason"] = "A better scan follows" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("No document yet.", WebUtility.HtmlDecode(await counsellor.GetStringAsync($"/cases/{id}")));
        Assert.Equal("A better scan follows", await api.InDatabaseAsync(db => db.CaseDocuments.Where(d => d.Id == documentId).Select(d => d.DeletionReason).SingleAsync()));
    }

    [Fact]
    public async Task A_refused_file_is_named_beside_its_input_and_a_medical_clearance_is_absent_from_a_counsellors_page()
    {
        var (id, principal) = await api.OpenFamilyAsync("Hidden");
        using var counsellor = await api.Server.SignedInAsync("counsellor");
        var before = await api.InDatabaseAsync(db => db.CaseDocuments.CountAsync());

        var refused = await PostAsync(counsellor, id, "Document", Encoding.UTF8.GetBytes("MZ not a document"), "tool.pdf", new() { ["document.section"] = "Other" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("id=\"document-file-error\">The file is not a PDF, PNG, JPEG or Word (DOCX) document", html);
        Assert.Equal(before, await api.InDatabaseAsync(db => db.CaseDocuments.CountAsync()));

        await api.UploadAsync("counsellor", id, DocumentServer.Pdf("fit to travel"), "fit-to-travel.pdf", "MedicalClearance", principal);
        var counsellorPage = await counsellor.GetStringAsync($"/cases/{id}");
        Assert.DoesNotContain("fit-to-travel.pdf", counsellorPage);
        Assert.DoesNotContain("Medical clearance</td>", counsellorPage);
        using var protection = await api.Server.SignedInAsync("protection");
        var protectionPage = WebUtility.HtmlDecode(await protection.GetStringAsync($"/cases/{id}"));
        Assert.Contains("fit-to-travel.pdf", protectionPage);
        Assert.Contains("<td>Medical clearance</td>", protectionPage);
    }

    [Fact]
    public async Task A_download_whose_stored_file_is_missing_shows_the_case_page_with_the_reason_instead_of_an_error_page()
    {
        var (id, _) = await api.OpenFamilyAsync("Vanished");
        var documentId = await api.UploadAsync("counsellor", id, DocumentServer.Pdf("identity card"), "id.pdf", "IdentityDocument");
        File.Delete(Assert.Single(api.FilesOnDisk(), f => Path.GetFileName(f).StartsWith(documentId + ".")));
        using var supervisor = await api.Server.SignedInAsync("supervisor");
        var link = DownloadLink().Match(WebUtility.HtmlDecode(await supervisor.GetStringAsync($"/cases/{id}")));
        Assert.True(link.Success, "a download link");

        var download = await supervisor.GetAsync(link.Groups[1].Value);

        Assert.Equal(HttpStatusCode.Conflict, download.StatusCode);
        Assert.Equal("text/html", download.Content.Headers.ContentType!.MediaType);
        var page = WebUtility.HtmlDecode(await download.Content.ReadAsStringAsync());
        Assert.Contains("The stored file of this document cannot be read; it is missing or damaged.", page);
        Assert.Contains("id.pdf", page); // the case page, its documents still listed
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string caseId, string handler, byte[]? file, string? fileName,
        Dictionary<string, string> fields)
    {
        var form = new MultipartFormDataContent { { new StringContent(await Browserless.AntiForgeryTokenAsync(client, $"/cases/{caseId}")), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
            form.Add(part, "document.file", fileName!);
        }
        return await client.PostAsync($"/cases/{caseId}?handler={handler}", form);
    }

    [GeneratedRegex("<a href=\"([^\"]*handler=Document&documentId=[^\"]+)\" download>([^<]+)</a>")]
    private static partial Regex DownloadLink();
}
