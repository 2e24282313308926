using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Views;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>
/// Departed, arrived, reintegration plan approved: the milestones no step of the lifecycle writes yet, recorded with
/// their date by a case worker so the funnel counts them (<see cref="ReturnCase.RecordMilestone"/>).
/// </summary>
/// <param name="PersonIds">The persons it is true of; none for everyone still taking part in the return.</param>
public sealed record RecordMilestone(CaseViewer Viewer, string CaseId, int Version, Milestone Milestone, DateOnly On, IReadOnlyList<string>? PersonIds = null)
    : IRequest<CaseSaved>;

public sealed class RecordMilestoneValidator : AbstractValidator<RecordMilestone>
{
    public RecordMilestoneValidator()
    {
        RuleFor(c => c.Milestone).IsInEnum();
        RuleFor(c => c.On).NotEmpty().WithMessage("Give the date it happened.");
        RuleFor(c => c.PersonIds).Must(ids => ids is null || ids.Count <= 31).WithMessage("A case holds at most 31 persons.");
    }
}

public sealed class RecordMilestoneHandler(CaseEditing editing) : IRequestHandler<RecordMilestone, CaseSaved>
{
    public Task<CaseSaved> Handle(RecordMilestone command, CancellationToken cancellationToken) =>
        editing.EditAsync(command.Viewer, command.CaseId, command.Version,
            (c, now) => c.RecordMilestone(command.Milestone, command.PersonIds, command.On, now, command.Viewer.UserName), cancellationToken);
}
