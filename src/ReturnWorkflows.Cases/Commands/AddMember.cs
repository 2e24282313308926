using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Views;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>The people section: a family member joins the case, with their own data-processing consent.</summary>
public sealed record AddMember(CaseViewer Viewer, string CaseId, int Version, NewPerson Member) : IRequest<CaseSaved>;

public sealed class AddMemberValidator : AbstractValidator<AddMember>
{
    public AddMemberValidator(TimeProvider clock) => RuleFor(c => c.Member).NotNull().SetValidator(new NewPersonValidator(clock));
}

public sealed class AddMemberHandler(CaseEditing editing) : IRequestHandler<AddMember, CaseSaved>
{
    public Task<CaseSaved> Handle(AddMember command, CancellationToken cancellationToken) =>
        editing.EditAsync(command.Viewer, command.CaseId, command.Version,
            (c, now) => c.AddMember(command.Member, now, command.Viewer.UserName), cancellationToken);
}
