using MediatR;
using Microsoft.Extensions.Logging;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Documents;

namespace ReturnWorkflows.Cases.Queries;

/// <summary>
/// The content of one document, decrypted, for whoever may see it (anyone else gets a 404). Every download writes an
/// audit row naming the document, committed before the content is handed out. A document whose stored file is missing
/// or damaged is not an error of the server's code: the answer says so (<see cref="DocumentDownload.Content"/> is null,
/// the callers answer 409 with <see cref="DocumentDownload.Unreadable"/>), the attempt is audited and logged by id only.
/// </summary>
public sealed record DownloadCaseDocument(CaseViewer Viewer, string CaseId, string DocumentId) : IRequest<DocumentDownload>;

public sealed record DocumentDownload(DocumentView Document, byte[]? Content)
{
    /// <summary>What the API's problem details and the case page say when the content cannot be read.</summary>
    public const string Unreadable = "The stored file of this document cannot be read; it is missing or damaged. Ask an administrator to restore it from the backup.";
}

public sealed class DownloadCaseDocumentHandler(CaseDocumentAccess access, IDocumentVault vault, ICaseAuditLog audit, TimeProvider clock,
    ILogger<DownloadCaseDocumentHandler> logger)
    : IRequestHandler<DownloadCaseDocument, DocumentDownload>
{
    public async Task<DocumentDownload> Handle(DownloadCaseDocument query, CancellationToken cancellationToken)
    {
        var document = await access.FindAsync(query.Viewer, query.CaseId, query.DocumentId, cancellationToken);
        byte[]? content;
        try
        {
            content = await vault.GetAsync(document.Id, cancellationToken);
        }
        catch (DocumentUnreadableException unreadable)
        {
            // Returned rather than thrown, so that the audit row of the attempt is committed with the query.
            logger.LogError("Document {DocumentId} of case {CaseId} cannot be read: {Problem}", document.Id, document.CaseId, unreadable.Message);
            content = null;
        }
        var field = content is null ? $"{document.Field}.content (unreadable)" : $"{document.Field}.content";
        audit.Add([CaseAuditTrail.Read(document.CaseId, document.Section.AuditSection(), field, clock.GetUtcNow().UtcDateTime, query.Viewer.UserName)]);
        return new DocumentDownload(GetCaseDocumentsHandler.View(document), content);
    }
}
