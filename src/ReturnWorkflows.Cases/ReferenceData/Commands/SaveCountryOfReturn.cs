using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;

namespace ReturnWorkflows.Cases.ReferenceData.Commands;

/// <summary>
/// An administrator adds a country of return or changes its names or status. A change of the status or of its
/// effective date flags every open case to the country and tells those cases' supervisors (<see cref="CountryStatusChange"/>).
/// </summary>
public sealed record SaveCountryOfReturn(
    CaseViewer Viewer, bool Create, string Code, string Name, string? LocalName, ReturnStatus Status, DateOnly StatusEffectiveFrom)
    : IRequest<CountryOfReturn>;

public sealed class SaveCountryOfReturnValidator : AbstractValidator<SaveCountryOfReturn>
{
    public SaveCountryOfReturnValidator()
    {
        RuleFor(c => c.Code).Must(CountryCodes.IsWellFormed).WithMessage("Give the country as a two-letter code.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.LocalName).MaximumLength(200);
        RuleFor(c => c.Status).IsInEnum();
    }
}

public sealed class SaveCountryOfReturnHandler(IReferenceDataStore store, CountryStatusChange statusChange) : IRequestHandler<SaveCountryOfReturn, CountryOfReturn>
{
    public async Task<CountryOfReturn> Handle(SaveCountryOfReturn command, CancellationToken cancellationToken)
    {
        var country = await ReferenceDataAdministration.RowToSaveAsync(command.Viewer, command.Create, "code", command.Code,
            () => store.FindCountryAsync(command.Code, cancellationToken), () => new CountryOfReturn { Code = command.Code, Name = "" }, store.Add);
        var statusChanged = !command.Create && (country.Status != command.Status || country.StatusEffectiveFrom != command.StatusEffectiveFrom);
        country.Name = command.Name;
        country.LocalName = command.LocalName;
        country.Status = command.Status;
        country.StatusEffectiveFrom = command.StatusEffectiveFrom;
        if (statusChanged) await statusChange.FlagOpenCasesAsync(country, command.Viewer.UserName, cancellationToken);
        return country;
    }
}
