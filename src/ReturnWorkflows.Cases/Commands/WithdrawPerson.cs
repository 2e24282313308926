using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Views;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>
/// One person drops the return (the first of the three "withdrawals" of domain.md): their status and reason are
/// recorded and the case goes on with the others under the same number. Not a withdrawal of consent (that is
/// <see cref="RecordConsent"/>), and not the closure of the case.
/// </summary>
public sealed record WithdrawPerson(CaseViewer Viewer, string CaseId, string PersonId, int Version, WithdrawalReason Reason, string? Note) : IRequest<CaseSaved>;

public sealed class WithdrawPersonValidator : AbstractValidator<WithdrawPerson>
{
    public const int MaxNoteLength = 2000;

    public WithdrawPersonValidator()
    {
        RuleFor(c => c.PersonId).NotEmpty().WithMessage("Name the person who withdraws.");
        RuleFor(c => c.Reason).IsInEnum();
        RuleFor(c => c.Note).MaximumLength(MaxNoteLength);
        RuleFor(c => c.Note).NotEmpty().When(c => c.Reason == WithdrawalReason.Other).WithMessage("Say why, when the reason is 'other'.");
    }
}

public sealed class WithdrawPersonHandler(CaseEditing editing) : IRequestHandler<WithdrawPerson, CaseSaved>
{
    public Task<CaseSaved> Handle(WithdrawPerson command, CancellationToken cancellationToken) =>
        editing.EditAsync(command.Viewer, command.CaseId, command.Version,
            (c, now) => c.WithdrawPerson(command.PersonId, command.Reason, command.Note?.Trim(), now, command.Viewer.UserName), cancellationToken);
}
