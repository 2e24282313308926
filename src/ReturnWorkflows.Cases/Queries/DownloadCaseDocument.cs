using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Documents;

namespace ReturnWorkflows.Cases.Queries;

/// <summary>
/// The content of one document, decrypted, for whoever may see it (anyone else gets a 404). Every download writes an
/// audit row naming the document, committed before the content is handed out.
/// </summary>
public sealed record DownloadCaseDocument(CaseViewer Viewer, string CaseId, string DocumentId) : IRequest<DocumentDownload>;

public sealed record DocumentDownload(DocumentView Document, byte[] Content);

public sealed class DownloadCaseDocumentHandler(CaseDocumentAccess access, IDocumentVault vault, ICaseAuditLog audit, TimeProvider clock)
    : IRequestHandler<DownloadCaseDocument, DocumentDownload>
{
    public async Task<DocumentDownload> Handle(DownloadCaseDocument query, CancellationToken cancellationToken)
    {
        var document = await access.FindAsync(query.Viewer, query.CaseId, query.DocumentId, cancellationToken);
        var content = await vault.GetAsync(document.Id, cancellationToken);
        audit.Add([CaseAuditTrail.Read(document.CaseId, document.Section.AuditSection(), $"{document.Field}.content",
            clock.GetUtcNow().UtcDateTime, query.Viewer.UserName)]);
        return new DocumentDownload(GetCaseDocumentsHandler.View(document), content);
    }
}
