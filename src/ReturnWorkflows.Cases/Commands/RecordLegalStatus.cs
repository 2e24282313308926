using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Views;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>
/// The household's legal status in the host country and the voluntary-departure deadline the host country set, with
/// each extension, recorded by the host office (the case page or <c>POST /api/cases/{id}/legal-status</c>).
/// </summary>
public sealed record RecordLegalStatus(CaseViewer Viewer, string CaseId, int Version, LegalStatusKind Status, string? Note,
    DateOnly? DepartureDeadline, string? DeadlineReference) : IRequest<CaseSaved>;

public sealed class RecordLegalStatusValidator : AbstractValidator<RecordLegalStatus>
{
    public RecordLegalStatusValidator()
    {
        RuleFor(c => c.Status).IsInEnum().OverridePropertyName("status");
        RuleFor(c => c.Note).MaximumLength(ReturnCase.MaxLegalStatusNoteLength).OverridePropertyName("note");
        RuleFor(c => c.DeadlineReference).MaximumLength(DepartureDeadline.MaxReferenceLength).OverridePropertyName("deadlineReference");
        RuleFor(c => c.DepartureDeadline).Must(d => d is null || d.Value.Year is >= 2000 and <= 2100)
            .WithMessage("Give the deadline as year-month-day.").OverridePropertyName("departureDeadline");
    }
}

public sealed class RecordLegalStatusHandler(CaseEditing editing) : IRequestHandler<RecordLegalStatus, CaseSaved>
{
    public Task<CaseSaved> Handle(RecordLegalStatus command, CancellationToken cancellationToken) =>
        editing.EditAsync(command.Viewer, command.CaseId, command.Version,
            (c, now) => c.RecordLegalStatus(command.Status, command.Note, command.DepartureDeadline, command.DeadlineReference, now, command.Viewer.UserName),
            cancellationToken);
}
