using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Views;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>
/// A case worker proposes closing the case, for a reason of the domain's list; the case stays open, and its office's
/// programme managers are told, until one of them decides (<see cref="DecideClosure"/>).
/// </summary>
public sealed record ProposeClosure(CaseViewer Viewer, string CaseId, int Version, ClosureReason Reason, string? Note) : IRequest<CaseSaved>;

public sealed class ProposeClosureValidator : AbstractValidator<ProposeClosure>
{
    public const int MaxNoteLength = 2000;

    public ProposeClosureValidator()
    {
        RuleFor(c => c.Reason).IsInEnum();
        RuleFor(c => c.Note).MaximumLength(MaxNoteLength);
    }
}

public sealed class ProposeClosureHandler(CaseEditing editing, CaseNotices notices) : IRequestHandler<ProposeClosure, CaseSaved>
{
    public async Task<CaseSaved> Handle(ProposeClosure command, CancellationToken cancellationToken)
    {
        ReturnCase? proposed = null;
        var saved = await editing.EditAsync(command.Viewer, command.CaseId, command.Version, (c, now) =>
        {
            c.ProposeClosure(command.Reason, command.Note?.Trim(), now, command.Viewer.UserName);
            proposed = c;
        }, cancellationToken);
        await notices.ClosureProposedAsync(proposed!, cancellationToken);
        return saved;
    }
}
