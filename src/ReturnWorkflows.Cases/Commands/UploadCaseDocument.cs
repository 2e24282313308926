using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Documents;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>
/// A document uploaded to a case by the signed-in case worker: its row and audit line in the command's transaction,
/// its encrypted content in the vault (removed again if the transaction rolls back). Like the contact log it takes no
/// case version. A retried request with the same idempotency key stores it once.
/// </summary>
/// <param name="FileName">The name the uploader gave; shown, never trusted (<see cref="DocumentContent"/>).</param>
public sealed record UploadCaseDocument(CaseViewer Viewer, string CaseId, string? PersonId, DocumentSection Section, string? FileName,
    [property: JsonIgnore] byte[] Content, string? IdempotencyKey = null) : IRequest<UploadedDocument>, IIdempotentCommand
{
    /// <summary>What the idempotency check compares instead of the bytes themselves (a retry sends the same file).</summary>
    public string ContentSha256 => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Content ?? []));
}

/// <summary>What an upload answers; no file name, as a retried request gets it back.</summary>
public sealed record UploadedDocument(string CaseId, string DocumentId, string ContentType, long Size, string Sha256);

public sealed class UploadCaseDocumentValidator : AbstractValidator<UploadCaseDocument>
{
    public UploadCaseDocumentValidator(IOptions<DocumentLimits> limits)
    {
        var max = limits.Value.MaxBytes;
        RuleFor(c => c.Section).IsInEnum().OverridePropertyName("section");
        RuleFor(c => c.Content).NotNull().Must(c => c.Length > 0).WithMessage("Choose a file to upload; this one is empty.").OverridePropertyName("file");
        RuleFor(c => c.Content).Must(c => c is null || c.LongLength <= max)
            .WithMessage($"The file is larger than {max / 1024} KB, the most a document may be.").OverridePropertyName("file");
        RuleFor(c => c.FileName).MaximumLength(1000).OverridePropertyName("file");
    }
}

public sealed class UploadCaseDocumentHandler(VisibleCases visibleCases, ICaseDocumentStore documents, IDocumentVault vault, ICaseAuditLog audit,
    TimeProvider clock) : IRequestHandler<UploadCaseDocument, UploadedDocument>
{
    public async Task<UploadedDocument> Handle(UploadCaseDocument command, CancellationToken cancellationToken)
    {
        var (returnCase, asOrigin) = await visibleCases.FindForReadingAsync(command.Viewer, command.CaseId, cancellationToken);
        // The origin office that accepted the case files the documents of its own work (receipts, monitoring photos) only.
        if (asOrigin && returnCase.AcceptedBy != command.Viewer.Office)
            throw new ForbiddenException("caseId", "Only the origin office that accepted the case files documents of it.");
        if (asOrigin && !command.Section.IsOriginOffices())
            throw new CommandRejectedException("section", "The origin office files receipts, hand-over certificates and monitoring photos here; the host office files the others.");
        if (!(asOrigin ? CaseAccess.MayEditReintegration(command.Viewer) : CaseAccess.MayEdit(command.Viewer)))
            throw new ForbiddenException("caseId", "Your role may look at this case but not change it.");
        var now = clock.GetUtcNow().UtcDateTime;
        // A counsellor may file a medical clearance they cannot read back, as they may record a medical finding.
        var document = CaseDocument.Upload(returnCase, string.IsNullOrEmpty(command.PersonId) ? null : command.PersonId, command.Section,
            command.FileName, command.Content, IdGenerator.NewId(), now, command.Viewer.UserName);
        documents.Add(document);
        audit.Add([CaseAuditTrail.Change(returnCase.Id, document.Uploaded, now, command.Viewer.UserName)]);
        await vault.PutAsync(document.Id, command.Content, cancellationToken);
        return new UploadedDocument(returnCase.Id, document.Id, document.ContentType, document.Size, document.Sha256);
    }
}
