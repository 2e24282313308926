using FluentValidation;
using ReturnWorkflows.Engine.Definitions.Commands;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Cases.ReferenceData.Commands;

/// <summary>An administrator creates a programme or changes its dates, offices, managers, targets or lifecycle workflow.</summary>
public sealed record SaveProgramme(
    CaseViewer Viewer, bool Create, string Id, string Name, string Donor, string Currency,
    DateOnly StartDate, DateOnly LastIntakeDate, DateOnly LastDepartureDate, DateOnly EndDate,
    IReadOnlyList<string> Offices, IReadOnlyList<string>? Managers, int ReturnsTarget, int ReintegrationTarget, string? LifecycleWorkflowId,
    decimal? CapPerPerson = null, decimal? CapPerHousehold = null, IReadOnlyList<string>? CapApprovers = null)
    : IRequest<Programme>;

public sealed class SaveProgrammeValidator : AbstractValidator<SaveProgramme>
{
    public SaveProgrammeValidator()
    {
        RuleFor(c => c.Id).NotEmpty().MaximumLength(100).Matches("^[a-z0-9-]+$").WithMessage("A programme id is lower-case letters, digits and dashes.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Donor).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Currency).Matches("^[A-Z]{3}$").WithMessage("Give the currency as its ISO 4217 code (EUR, CHF, GBP...).");
        RuleFor(c => c.LastIntakeDate).GreaterThanOrEqualTo(c => c.StartDate).WithMessage("The last intake is before the start.");
        RuleFor(c => c.LastDepartureDate).GreaterThanOrEqualTo(c => c.LastIntakeDate).WithMessage("The last departure is before the last intake.");
        RuleFor(c => c.EndDate).GreaterThanOrEqualTo(c => c.LastDepartureDate).WithMessage("The end is before the last departure.");
        RuleFor(c => c.Offices).NotEmpty().WithMessage("Name the offices that take cases into the programme.");
        RuleFor(c => c.ReturnsTarget).GreaterThanOrEqualTo(0);
        RuleFor(c => c.ReintegrationTarget).GreaterThanOrEqualTo(0);
        RuleFor(c => c.LifecycleWorkflowId).MaximumLength(100);
        RuleFor(c => c.Managers).Must(names => names is null || names.All(n => n.Length is > 0 and <= 200)).WithMessage("A user name is 1 to 200 characters.");
        RuleFor(c => c.CapApprovers).Must(names => names is null || names.All(n => n.Length is > 0 and <= 200)).WithMessage("A user name is 1 to 200 characters.")
            .OverridePropertyName("capApprovers");
        RuleFor(c => c.CapPerPerson).InclusiveBetween(0, Programme.MaxCap).PrecisionScale(18, 2, ignoreTrailingZeros: true)
            .WithMessage("A cap is an amount from 0 with at most two decimals.").OverridePropertyName("capPerPerson");
        RuleFor(c => c.CapPerHousehold).InclusiveBetween(0, Programme.MaxCap).PrecisionScale(18, 2, ignoreTrailingZeros: true)
            .WithMessage("A cap is an amount from 0 with at most two decimals.").OverridePropertyName("capPerHousehold");
        RuleFor(c => c.CapPerHousehold).GreaterThanOrEqualTo(c => c.CapPerPerson!.Value)
            .When(c => c.CapPerPerson is not null && c.CapPerHousehold is not null)
            .WithMessage("The cap per household is below the cap per person.").OverridePropertyName("capPerHousehold");
    }
}

public sealed class SaveProgrammeHandler(IReferenceDataStore store, IWorkflowDefinitionStore workflows) : IRequestHandler<SaveProgramme, Programme>
{
    public async Task<Programme> Handle(SaveProgramme command, CancellationToken cancellationToken)
    {
        var programme = await ReferenceDataAdministration.RowToSaveAsync(command.Viewer, command.Create, "id", command.Id,
            () => store.FindProgrammeAsync(command.Id, cancellationToken),
            () => new Programme { Id = command.Id, Name = "", Donor = "", Currency = "" }, store.Add);
        foreach (var code in command.Offices)
            if (await store.FindOfficeAsync(code, cancellationToken) is null)
                throw new CommandRejectedException("offices", $"There is no office '{code}'.");
        var lifecycle = string.IsNullOrWhiteSpace(command.LifecycleWorkflowId) ? null : command.LifecycleWorkflowId.Trim();
        // Intake starts the published version: a typo or a draft here would stop every new case of the programme.
        if (lifecycle is not null && lifecycle != programme.LifecycleWorkflowId)
        {
            var published = await workflows.FindAsync(lifecycle, VersionOptions.Published, cancellationToken)
                            ?? throw new CommandRejectedException("lifecycleWorkflowId", $"'{lifecycle}' is not a published workflow: new cases could not start it.");
            // A programme already on a retired lifecycle keeps it until someone chooses another; none chooses it anew.
            if (ShippedWorkflows.IsRetired(published))
                throw new CommandRejectedException("lifecycleWorkflowId", $"'{lifecycle}' is retired (kept for the cases started on it): choose a phase workflow such as '{DefaultReferenceData.DefaultLifecycleWorkflowId}'.");
        }
        programme.Name = command.Name;
        programme.Donor = command.Donor;
        programme.Currency = command.Currency;
        programme.StartDate = command.StartDate;
        programme.LastIntakeDate = command.LastIntakeDate;
        programme.LastDepartureDate = command.LastDepartureDate;
        programme.EndDate = command.EndDate;
        programme.Offices = [.. command.Offices.Distinct()];
        programme.Managers = [.. (command.Managers ?? []).Distinct()];
        programme.ReturnsTarget = command.ReturnsTarget;
        programme.ReintegrationTarget = command.ReintegrationTarget;
        programme.LifecycleWorkflowId = lifecycle;
        programme.CapPerPerson = command.CapPerPerson;
        programme.CapPerHousehold = command.CapPerHousehold;
        programme.CapApprovers = [.. (command.CapApprovers ?? []).Distinct(StringComparer.OrdinalIgnoreCase)];
        return programme;
    }
}
