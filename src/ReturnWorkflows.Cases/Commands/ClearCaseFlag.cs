using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Views;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>A supervisor (or an administrator) has looked at what a flag means for the case and clears it.</summary>
public sealed record ClearCaseFlag(CaseViewer Viewer, string CaseId, int Version, CaseFlag Flag) : IRequest<CaseSaved>;

public sealed class ClearCaseFlagValidator : AbstractValidator<ClearCaseFlag>
{
    public ClearCaseFlagValidator() => RuleFor(c => c.Flag).IsInEnum();
}

public sealed class ClearCaseFlagHandler(CaseEditing editing) : IRequestHandler<ClearCaseFlag, CaseSaved>
{
    public Task<CaseSaved> Handle(ClearCaseFlag command, CancellationToken cancellationToken) =>
        // The role is checked once the case is found: someone who may not see it hears 404, as from every case endpoint.
        editing.EditAsync(command.Viewer, command.CaseId, command.Version, (c, now) =>
        {
            if (!CaseAccess.MayClearFlags(command.Viewer))
                throw new ForbiddenException("flag", "A supervisor clears a case's flags, having looked at what they mean for it.");
            c.ClearFlag(command.Flag, now, command.Viewer.UserName);
        }, cancellationToken);
}
