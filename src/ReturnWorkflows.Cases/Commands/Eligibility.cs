using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Views;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>An eligibility proposal recorded on the case (the API), checked by the same rules as the task's.</summary>
public sealed record ProposeEligibility(CaseViewer Viewer, string CaseId, int Version, EligibilityCriteria Criteria, string? Note) : IRequest<CaseSaved>;

public sealed class ProposeEligibilityValidator : AbstractValidator<ProposeEligibility>
{
    public ProposeEligibilityValidator()
    {
        RuleFor(c => c.Criteria).NotNull().WithMessage("Give the programme's criteria as checked.");
        RuleFor(c => c.Note).MaximumLength(2000);
    }
}

public sealed class ProposeEligibilityHandler(CaseEditing editing) : IRequestHandler<ProposeEligibility, CaseSaved>
{
    public Task<CaseSaved> Handle(ProposeEligibility command, CancellationToken cancellationToken) =>
        editing.EditAsync(command.Viewer, command.CaseId, command.Version,
            (c, now, country) => c.ProposeEligibility(command.Criteria, command.Note, country, now, command.Viewer.UserName), cancellationToken);
}

/// <summary>A supervisor's decision on the pending proposal (four-eyes: never the proposer, administrators included).</summary>
public sealed record DecideEligibility(CaseViewer Viewer, string CaseId, int Version, bool Approve, string? Note) : IRequest<CaseSaved>;

public sealed class DecideEligibilityValidator : AbstractValidator<DecideEligibility>
{
    public DecideEligibilityValidator() => RuleFor(c => c.Note).MaximumLength(2000);
}

public sealed class DecideEligibilityHandler(CaseEditing editing) : IRequestHandler<DecideEligibility, CaseSaved>
{
    // The role is checked once the case is found: someone who may not see it gets 404, as for every case endpoint.
    public Task<CaseSaved> Handle(DecideEligibility command, CancellationToken cancellationToken) =>
        editing.EditAsync(command.Viewer, command.CaseId, command.Version, (c, now, country) =>
        {
            EligibilityRoles.RequireDecider(command.Viewer, "decide on eligibility");
            c.DecideEligibility(command.Approve, command.Note, country, now, command.Viewer.UserName);
        }, cancellationToken);
}

internal static class EligibilityRoles
{
    public static void RequireDecider(CaseViewer viewer, string what)
    {
        if (!viewer.Holds(Roles.Supervisor) && !viewer.Holds(Roles.Administrator))
            throw new ForbiddenException("eligibility", $"Only a supervisor may {what}.");
    }
}
