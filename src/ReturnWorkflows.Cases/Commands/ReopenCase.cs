using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.Views;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>
/// A programme manager reopens a closed case, saying why (domain.md, step 12): it is open again under its number, with
/// its history, and its lifecycle resumes at the phase that fits what it reached (<see cref="CaseLifecycle.ResumeAsync"/>),
/// since what was open when it closed was cancelled.
/// </summary>
public sealed record ReopenCase(CaseViewer Viewer, string CaseId, int Version, string? Reason) : IRequest<CaseSaved>;

public sealed class ReopenCaseValidator : AbstractValidator<ReopenCase>
{
    public ReopenCaseValidator() => RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the case is reopened.")
        .MaximumLength(ProposeClosureValidator.MaxNoteLength).OverridePropertyName("reason");
}

public sealed class ReopenCaseHandler(VisibleCases visibleCases, CaseEditing editing, CaseLifecycle lifecycle, IReferenceDataStore referenceData)
    : IRequestHandler<ReopenCase, CaseSaved>
{
    public async Task<CaseSaved> Handle(ReopenCase command, CancellationToken cancellationToken)
    {
        if (!command.Viewer.Holds(Roles.ProgrammeManager))
        {
            await visibleCases.FindAsync(command.Viewer, command.CaseId, cancellationToken);
            throw new ForbiddenException("caseId", "Only a programme manager reopens a case.");
        }
        ReturnCase? reopened = null;
        var saved = await editing.EditAsync(command.Viewer, command.CaseId, command.Version, (c, now) =>
        {
            c.Reopen(command.Reason ?? "", now, command.Viewer.UserName);
            reopened = c;
        }, cancellationToken, mayDecide: true);
        if (await referenceData.FindProgrammeAsync(reopened!.ProgrammeId, cancellationToken) is { } programme)
            await lifecycle.ResumeAsync(reopened, programme, cancellationToken);
        return saved;
    }
}
