using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Duplicates;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Views;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>
/// The people section: a family member joins the case, with their own data-processing consent. As at intake, the
/// counsellor runs the duplicate check first (<see cref="CheckDuplicate"/> with the case's id) and, told of another
/// office, may add the person as "not the same person" (<see cref="NewPerson.NotSamePersonAsKnown"/>).
/// </summary>
public sealed record AddMember(CaseViewer Viewer, string CaseId, int Version, NewPerson Member) : IRequest<CaseSaved>;

public sealed class AddMemberValidator : AbstractValidator<AddMember>
{
    public AddMemberValidator(TimeProvider clock) => RuleFor(c => c.Member).NotNull().SetValidator(new NewPersonValidator(clock));
}

public sealed class AddMemberHandler(CaseEditing editing, IPersonMatchLookup matches) : IRequestHandler<AddMember, CaseSaved>
{
    public async Task<CaseSaved> Handle(AddMember command, CancellationToken cancellationToken)
    {
        // Whom the check finds now, outside this case, is whom the counsellor checked with: found before the edit
        // (which is synchronous), from the same details the new person's key is made of. Nothing of it is answered.
        IReadOnlyList<MatchedPerson> notThisPerson = [];
        if (command.Member.NotSamePersonAsKnown)
        {
            var details = command.Member.Details;
            var person = PersonMatch.Of(details.GivenNames, details.FamilyName, details.Nationality, details.DateOfBirth, details.EstimatedBirthYear);
            notThisPerson = await matches.FindAsync(person, command.CaseId, null, cancellationToken);
        }
        return await editing.EditAsync(command.Viewer, command.CaseId, command.Version, (c, now) =>
        {
            var added = c.AddMember(command.Member, now, command.Viewer.UserName);
            if (notThisPerson.Count > 0) c.RecordNotSamePerson(added.Id, [.. notThisPerson.Select(m => m.PersonId)], now, command.Viewer.UserName);
        }, cancellationToken);
    }
}
