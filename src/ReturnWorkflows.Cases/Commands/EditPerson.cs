using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Views;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>The people section: one person's details, replaced as a whole.</summary>
public sealed record EditPerson(CaseViewer Viewer, string CaseId, string PersonId, int Version, PersonDetails Details) : IRequest<CaseSaved>;

public sealed class EditPersonValidator : AbstractValidator<EditPerson>
{
    public EditPersonValidator(TimeProvider clock) => RuleFor(c => c.Details).NotNull().SetValidator(new PersonDetailsValidator(clock));
}

public sealed class EditPersonHandler(CaseEditing editing) : IRequestHandler<EditPerson, CaseSaved>
{
    public Task<CaseSaved> Handle(EditPerson command, CancellationToken cancellationToken) =>
        editing.EditAsync(command.Viewer, command.CaseId, command.Version,
            (c, now) => c.UpdatePerson(command.PersonId, command.Details, now, command.Viewer.UserName), cancellationToken);
}
