using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Views;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>
/// A programme manager approves or rejects a proposed closure (never their own proposal). Approved, the case closes
/// and every unfinished workflow of it is cancelled in the same commit: no task of it stays in an inbox, no timer of
/// it fires again.
/// </summary>
public sealed record DecideClosure(CaseViewer Viewer, string CaseId, int Version, bool Approve, string? Note) : IRequest<CaseSaved>;

public sealed class DecideClosureValidator : AbstractValidator<DecideClosure>
{
    public DecideClosureValidator() => RuleFor(c => c.Note).MaximumLength(ProposeClosureValidator.MaxNoteLength);
}

public sealed class DecideClosureHandler(VisibleCases visibleCases, CaseEditing editing, CaseLifecycle lifecycle) : IRequestHandler<DecideClosure, CaseSaved>
{
    public async Task<CaseSaved> Handle(DecideClosure command, CancellationToken cancellationToken)
    {
        // Deciding is a programme manager's (domain.md, step 12); whoever else can see the case gets a plain refusal.
        if (!command.Viewer.Holds(Roles.ProgrammeManager))
        {
            await visibleCases.FindAsync(command.Viewer, command.CaseId, cancellationToken); // 404 for a case they cannot see
            throw new ForbiddenException("caseId", "Only a programme manager approves or rejects a closure.");
        }
        var saved = await editing.EditAsync(command.Viewer, command.CaseId, command.Version, (c, now) =>
        {
            if (command.Approve) c.ApproveClosure(now, command.Viewer.UserName);
            else c.RejectClosure(command.Note?.Trim(), now, command.Viewer.UserName);
        }, cancellationToken, mayDecide: true);
        if (command.Approve)
            await lifecycle.CancelAllAsync(command.CaseId, cancellationToken);
        return saved;
    }
}
