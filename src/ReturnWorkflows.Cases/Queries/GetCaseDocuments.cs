using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Documents;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Queries;

/// <summary>
/// A case's documents the viewer may see, newest first (medical and vulnerability documents only for the protection
/// roles; for others they are absent). Audited as a read of the documents section, and of the protection section when
/// sensitive ones were shown.
/// </summary>
public sealed record GetCaseDocuments(CaseViewer Viewer, string CaseId) : IRequest<IReadOnlyList<DocumentView>>;

public sealed record DocumentView(string Id, string? PersonId, DocumentSection Section, string FileName, string ContentType, long Size,
    string Sha256, string UploadedBy, DateTime UploadedAt);

public sealed class GetCaseDocumentsHandler(CaseDocumentAccess access, ICaseAuditLog audit, TimeProvider clock)
    : IRequestHandler<GetCaseDocuments, IReadOnlyList<DocumentView>>
{
    public async Task<IReadOnlyList<DocumentView>> Handle(GetCaseDocuments query, CancellationToken cancellationToken)
    {
        var documents = await access.ListAsync(query.Viewer, query.CaseId, cancellationToken);
        var sections = documents.Any(d => d.IsSensitive) ? new[] { CaseSections.Documents, CaseSections.Protection } : [CaseSections.Documents];
        audit.Add([CaseAuditTrail.Read(query.CaseId, sections, clock.GetUtcNow().UtcDateTime, query.Viewer.UserName)]);
        return documents.Select(View).ToList();
    }

    public static DocumentView View(CaseDocument d) =>
        new(d.Id, d.PersonId, d.Section, d.FileName, d.ContentType, d.Size, d.Sha256, d.UploadedBy, d.UploadedAt);
}
