using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.Documents;

/// <summary>
/// Finds one document for a viewer, or answers that it does not exist: the same 404 when the case is missing or hidden,
/// the document is not the case's, is deleted, or lies in a sensitive section the viewer may not read. The origin office
/// (seeing the case as the transfer consent allows) reads only the documents of its own work.
/// </summary>
public sealed class CaseDocumentAccess(VisibleCases visibleCases, ICaseDocumentStore documents)
{
    public async Task<CaseDocument> FindAsync(CaseViewer viewer, string caseId, string documentId, CancellationToken cancellationToken)
    {
        var (returnCase, asOrigin) = await visibleCases.FindForReadingAsync(viewer, caseId, cancellationToken);
        var document = await documents.FindAsync(returnCase.Id, documentId, cancellationToken);
        if (document is null || document.IsDeleted || (document.IsSensitive && !CaseAccess.MaySeeSensitive(viewer)) || (asOrigin && !document.Section.IsOriginOffices()))
            throw new NotFoundException("documentId", $"There is no document '{documentId}'.");
        return document;
    }

    /// <summary>The case's documents the viewer may see, newest first.</summary>
    public async Task<IReadOnlyList<CaseDocument>> ListAsync(CaseViewer viewer, string caseId, CancellationToken cancellationToken)
    {
        var (returnCase, asOrigin) = await visibleCases.FindForReadingAsync(viewer, caseId, cancellationToken);
        var all = await documents.ForCaseAsync(returnCase.Id, cancellationToken);
        var maySeeSensitive = CaseAccess.MaySeeSensitive(viewer);
        return all.Where(d => (maySeeSensitive || !d.IsSensitive) && (!asOrigin || d.Section.IsOriginOffices())).ToList();
    }
}
