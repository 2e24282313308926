using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Documents;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.Views;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>
/// An item added to the case's reintegration plan while it is drafted, by the origin office that accepted the case
/// (or the host office). The amount is in the programme's currency, which the plan takes when its first item is added.
/// </summary>
public sealed record AddReintegrationItem(CaseViewer Viewer, string CaseId, int Version, ReintegrationItemKind Kind, string? PersonId,
    string Description, decimal? Amount, SupportModality Modality, bool ReferralNeeded, string? Provider) : IRequest<CaseSaved>;

public sealed class AddReintegrationItemValidator : AbstractValidator<AddReintegrationItem>
{
    public AddReintegrationItemValidator()
    {
        RuleFor(c => c.Kind).IsInEnum().OverridePropertyName("kind");
        RuleFor(c => c.Modality).IsInEnum().OverridePropertyName("modality");
        RuleFor(c => c.Description).NotEmpty().WithMessage("Say what the item gives.")
            .MaximumLength(ReintegrationItem.MaxDescriptionLength).OverridePropertyName("description");
        RuleFor(c => c.Amount).NotNull().WithMessage("Give the amount (0 for a referral that costs the programme nothing).")
            .InclusiveBetween(0, ReintegrationItem.MaxAmount).WithMessage($"The amount is from 0 to {ReintegrationItem.MaxAmount:0}.")
            .PrecisionScale(18, 2, ignoreTrailingZeros: true).WithMessage("The amount has at most two decimals.").OverridePropertyName("amount");
        RuleFor(c => c.Provider).MaximumLength(ReintegrationItem.MaxProviderLength).OverridePropertyName("provider");
        RuleFor(c => c.PersonId).MaximumLength(100).OverridePropertyName("personId");
    }
}

public sealed class AddReintegrationItemHandler(CaseEditing editing, VisibleCases visibleCases, IReferenceDataStore referenceData)
    : IRequestHandler<AddReintegrationItem, CaseSaved>
{
    public async Task<CaseSaved> Handle(AddReintegrationItem command, CancellationToken cancellationToken)
    {
        var (found, _) = await visibleCases.FindForReadingAsync(command.Viewer, command.CaseId, cancellationToken);
        var currency = (await referenceData.FindProgrammeAsync(found.ProgrammeId, cancellationToken))?.Currency
                       ?? throw new ConflictException("programmeId", "The case's programme does not exist any more.");
        var item = new NewReintegrationItem(command.Kind, string.IsNullOrEmpty(command.PersonId) ? null : command.PersonId, command.Description,
            command.Amount!.Value, command.Modality, command.ReferralNeeded, command.Provider);
        return await editing.EditReintegrationAsync(command.Viewer, command.CaseId, command.Version,
            (c, now) => c.AddReintegrationItem(item, currency, now, command.Viewer.UserName), cancellationToken);
    }
}

/// <summary>An item taken out of the plan while it is drafted.</summary>
public sealed record RemoveReintegrationItem(CaseViewer Viewer, string CaseId, int Version, string ItemId) : IRequest<CaseSaved>;

public sealed class RemoveReintegrationItemHandler(CaseEditing editing) : IRequestHandler<RemoveReintegrationItem, CaseSaved>
{
    public Task<CaseSaved> Handle(RemoveReintegrationItem command, CancellationToken cancellationToken) =>
        editing.EditReintegrationAsync(command.Viewer, command.CaseId, command.Version,
            (c, now) => c.RemoveReintegrationItem(command.ItemId, now, command.Viewer.UserName), cancellationToken);
}

/// <summary>A receipt or hand-over certificate sent with a delivery.</summary>
public sealed record DeliveryReceipt(string? FileName, byte[] Content);

/// <summary>
/// One item of the approved plan delivered, with the day, what came of it and its receipt or hand-over certificate,
/// filed as a document of the case (section <see cref="DocumentSection.HandoverCertificate"/>) in the same transaction.
/// </summary>
/// <param name="Receipt">A file to file as the receipt; or <paramref name="ReceiptDocumentId"/>, a document of the case uploaded before.</param>
public sealed record RecordReintegrationDelivery(CaseViewer Viewer, string CaseId, int Version, string ItemId, DateOnly? DeliveredOn, string? Note,
    DeliveryReceipt? Receipt, string? ReceiptDocumentId = null) : IRequest<CaseSaved>;

public sealed class RecordReintegrationDeliveryValidator : AbstractValidator<RecordReintegrationDelivery>
{
    public RecordReintegrationDeliveryValidator(Microsoft.Extensions.Options.IOptions<DocumentLimits> limits)
    {
        var max = limits.Value.MaxBytes;
        RuleFor(c => c.ItemId).NotEmpty().OverridePropertyName("itemId");
        RuleFor(c => c.DeliveredOn).NotNull().WithMessage("Give the day it was delivered.").OverridePropertyName("deliveredOn");
        RuleFor(c => c.Note).MaximumLength(ReintegrationPlan.MaxNoteLength).OverridePropertyName("note");
        RuleFor(c => c.Receipt!.Content).Must(c => c is { Length: > 0 }).WithMessage("The receipt file is empty.")
            .Must(c => c is null || c.LongLength <= max).WithMessage($"The file is larger than {max / 1024} KB, the most a document may be.")
            .When(c => c.Receipt is not null).OverridePropertyName("receipt");
        RuleFor(c => c.ReceiptDocumentId).Null().When(c => c.Receipt is not null).WithMessage("Send the receipt as a file or name a document, not both.")
            .MaximumLength(100).OverridePropertyName("receiptDocumentId");
    }
}

public sealed class RecordReintegrationDeliveryHandler(CaseEditing editing, ICaseDocumentStore documents, IDocumentVault vault, ICaseAuditLog audit)
    : IRequestHandler<RecordReintegrationDelivery, CaseSaved>
{
    public async Task<CaseSaved> Handle(RecordReintegrationDelivery command, CancellationToken cancellationToken)
    {
        if (command.ReceiptDocumentId is { Length: > 0 } named
            && await documents.FindAsync(command.CaseId, named, cancellationToken) is not { IsDeleted: false, Section: DocumentSection.HandoverCertificate or DocumentSection.Other })
            throw new CommandRejectedException("receiptDocumentId", $"The case has no receipt or hand-over certificate '{named}'.");
        var receiptId = command.Receipt is null ? command.ReceiptDocumentId is { Length: > 0 } ? command.ReceiptDocumentId : null : IdGenerator.NewId();
        (ReturnCase Case, DateTime At)? delivered = null;
        var saved = await editing.EditReintegrationAsync(command.Viewer, command.CaseId, command.Version, (c, now) =>
        {
            c.RecordReintegrationDelivery(command.ItemId, command.DeliveredOn!.Value, command.Note, receiptId, now, command.Viewer.UserName);
            delivered = (c, now);
        }, cancellationToken);
        if (command.Receipt is { } receipt && delivered is var (returnCase, at))
        {
            var personId = returnCase.ReintegrationPlan!.Items.First(i => i.Id == command.ItemId).PersonId;
            var document = CaseDocument.Upload(returnCase, personId, DocumentSection.HandoverCertificate, receipt.FileName, receipt.Content, receiptId!, at,
                command.Viewer.UserName);
            documents.Add(document);
            audit.Add([CaseAuditTrail.Change(returnCase.Id, document.Uploaded, at, command.Viewer.UserName)]);
            await vault.PutAsync(document.Id, receipt.Content, cancellationToken);
        }
        return saved;
    }
}
