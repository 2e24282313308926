using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;

namespace ReturnWorkflows.Cases.ReferenceData.Commands;

/// <summary>An administrator creates an office (<paramref name="Create"/>) or changes one.</summary>
public sealed record SaveOffice(
    CaseViewer Viewer, bool Create, string Code, string Name, string Country, string TimeZone, bool HostsMigrants, bool ReceivesReturnees)
    : IRequest<Office>;

public sealed class SaveOfficeValidator : AbstractValidator<SaveOffice>
{
    public SaveOfficeValidator()
    {
        RuleFor(c => c.Code).Must(OfficeCodes.IsWellFormed).WithMessage("An office code is the country's two letters, a dash and three letters (BA-SJJ).");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Country).Must(CountryCodes.IsWellFormed).WithMessage("Give the country as a two-letter code.");
        RuleFor(c => c.TimeZone).Must(ReferenceDataAdministration.IsTimeZone).WithMessage("Give an IANA time zone, for example Europe/Sarajevo.");
    }
}

public sealed class SaveOfficeHandler(IReferenceDataStore store) : IRequestHandler<SaveOffice, Office>
{
    public async Task<Office> Handle(SaveOffice command, CancellationToken cancellationToken)
    {
        var office = await ReferenceDataAdministration.RowToSaveAsync(command.Viewer, command.Create, "code", command.Code,
            () => store.FindOfficeAsync(command.Code, cancellationToken),
            () => new Office { Code = command.Code, Name = "", Country = "", TimeZone = "" }, store.Add);
        office.Name = command.Name;
        office.Country = command.Country;
        office.TimeZone = command.TimeZone;
        office.HostsMigrants = command.HostsMigrants;
        office.ReceivesReturnees = command.ReceivesReturnees;
        return office;
    }
}
