using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Documents;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Tasks;

namespace ReturnWorkflows.Server.Pages.Cases;

/// <summary>
/// The case page's documents: the list the viewer may see, the upload form, a download link per document and a delete
/// with its reason. The same commands and queries as the API, so the same 404s, hiding and audit.
/// </summary>
public sealed partial class CaseModel
{
    public IReadOnlyList<DocumentView> Documents { get; private set; } = [];
    public bool MayUploadDocuments { get; private set; }
    public bool MayDeleteDocuments { get; private set; }
    public string? DocumentDone { get; private set; }
    public long MaxDocumentBytes => documentLimits.Value.MaxBytes;

    [BindProperty(Name = "document")] public DocumentFormInput DocumentForm { get; set; } = new();

    public IReadOnlyDictionary<string, string[]> DocumentErrors { get; private set; } = new Dictionary<string, string[]>();
    public string? DocumentRefusal { get; private set; }

    /// <summary>The document whose delete was refused, so its reason field shows the error.</summary>
    public string? DeleteRefusedFor { get; private set; }

    /// <summary>A download found the stored file missing or damaged: the reason shows above the list, not in the upload form.</summary>
    public bool DocumentUnreadable { get; private set; }

    public string? DocumentErrorFor(string field) => DocumentErrors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private void LoadDocumentRights(CaseViewer viewer)
    {
        MayUploadDocuments = CaseAccess.MayEdit(viewer) && Details.Status == ReturnWorkflows.Cases.Model.CaseStatus.Open;
        MayDeleteDocuments = CaseAccess.MayEdit(viewer);
        DocumentDone = TempData["DocumentDone"] as string;
    }

    public async Task<IActionResult> OnPostDocumentAsync(CancellationToken ct)
    {
        try
        {
            var file = Request.Form.Files.GetFile("document.file");
            if (file is null || file.Length == 0)
                throw new CommandRejectedException("file", text["Choose a file to upload."]);
            if (file.Length > MaxDocumentBytes)
                throw new CommandRejectedException("file", text["The file is larger than {0} KB, the most a document may be.", MaxDocumentBytes / 1024]);
            if (!Enum.TryParse<DocumentSection>(DocumentForm.Section, out var section) || !Enum.IsDefined(section))
                throw new CommandRejectedException("section", text["Choose the section the document belongs to."]);
            using var content = new MemoryStream((int)file.Length);
            await file.CopyToAsync(content, ct);
            await mediator.Send(new UploadCaseDocument(User.ToCaseViewer(), CaseId, DocumentForm.PersonId, section, file.FileName, content.ToArray(),
                User.CompletionKey(DocumentForm.Key)), ct);
            TempData["DocumentDone"] = "uploaded";
            return RedirectToPage(new { caseId = CaseId }); // after a post, a reload must not upload it again
        }
        catch (CommandFailedException refused) when (refused.Kind != FailureKind.NotFound || refused.Errors.ContainsKey("personId"))
        {
            return await RefusedAsync(refused, null, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostDeleteDocumentAsync(string documentId, string? reason, CancellationToken ct)
    {
        try
        {
            await mediator.Send(new DeleteCaseDocument(User.ToCaseViewer(), CaseId, documentId, reason), ct);
            TempData["DocumentDone"] = "deleted";
            return RedirectToPage(new { caseId = CaseId });
        }
        catch (CommandFailedException refused) when (refused.Kind != FailureKind.NotFound)
        {
            return await RefusedAsync(refused, documentId, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>The content, as the API gives it: an attachment, audited, a 404 for anyone who may not see it.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(string documentId, CancellationToken ct)
    {
        try
        {
            var download = await mediator.Send(new DownloadCaseDocument(User.ToCaseViewer(), CaseId, documentId), ct);
            if (download.Content is null) // the case page with the reason (409), not an error page
            {
                DocumentUnreadable = true;
                return await RefusedAsync(new ConflictException("documentId", text[DocumentDownload.Unreadable]), null, ct);
            }
            Response.Headers.XContentTypeOptions = "nosniff";
            Response.Headers.CacheControl = "no-store";
            return File(download.Content!, download.Document.ContentType, download.Document.FileName);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    private async Task<IActionResult> RefusedAsync(CommandFailedException refused, string? deleting, CancellationToken ct)
    {
        Response.StatusCode = CommandExceptionHandler.StatusCodeOf(refused.Kind);
        DocumentErrors = refused.Errors;
        DeleteRefusedFor = deleting;
        DocumentRefusal = DocumentErrors.Keys.All(DocumentFormInput.Fields.Contains) ? text["Nothing was saved: correct the fields marked below."] : refused.Message;
        ContactForm = ContactFormInput.Blank(clock, time);
        return await LoadAsync(ct) ? Page() : NotFound();
    }
}

/// <summary>The upload form as posted (the file itself is read from the request's files).</summary>
public sealed class DocumentFormInput
{
    public static readonly IReadOnlySet<string> Fields = new HashSet<string> { "file", "section", "personId", "reason" };

    public string? Section { get; set; }
    public string? PersonId { get; set; }

    /// <summary>Keeps a double-clicked submit from storing the document twice (the command's idempotency key).</summary>
    public string? Key { get; set; } = Guid.NewGuid().ToString("N");
}
