using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Documents;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>
/// Deletes a document's content, keeping its row (who deleted it, when, why, and the hash of what it held) and an audit
/// line. The file goes once the command has committed. A document the viewer may not see is a 404, like a missing one.
/// </summary>
public sealed record DeleteCaseDocument(CaseViewer Viewer, string CaseId, string DocumentId, string? Reason) : IRequest<DeletedDocument>;

public sealed record DeletedDocument(string CaseId, string DocumentId);

public sealed class DeleteCaseDocumentValidator : AbstractValidator<DeleteCaseDocument>
{
    public DeleteCaseDocumentValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the document is deleted; the audit trail keeps it.")
            .MaximumLength(CaseDocument.MaxReasonLength).OverridePropertyName("reason");
    }
}

public sealed class DeleteCaseDocumentHandler(CaseDocumentAccess access, IDocumentVault vault, ICaseAuditLog audit, TimeProvider clock)
    : IRequestHandler<DeleteCaseDocument, DeletedDocument>
{
    public async Task<DeletedDocument> Handle(DeleteCaseDocument command, CancellationToken cancellationToken)
    {
        var document = await access.FindAsync(command.Viewer, command.CaseId, command.DocumentId, cancellationToken);
        if (!CaseAccess.MayEdit(command.Viewer))
            throw new ForbiddenException("caseId", "Your role may look at this case but not change it.");
        var now = clock.GetUtcNow().UtcDateTime;
        document.Delete(command.Reason ?? "", now, command.Viewer.UserName);
        audit.Add([CaseAuditTrail.Change(document.CaseId, document.Deleted, now, command.Viewer.UserName)]);
        vault.Delete(document.Id);
        return new DeletedDocument(document.CaseId, document.Id);
    }
}
