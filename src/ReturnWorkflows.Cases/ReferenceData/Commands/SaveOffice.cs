using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;

namespace ReturnWorkflows.Cases.ReferenceData.Commands;

/// <summary>An administrator creates an office (<paramref name="Create"/>) or changes one.</summary>
/// <param name="DepartureDeadlineWarningDays">Days before a voluntary-departure deadline the case page warns; none: kept (14 for a new office).</param>
public sealed record SaveOffice(
    CaseViewer Viewer, bool Create, string Code, string Name, string Country, string TimeZone, bool HostsMigrants, bool ReceivesReturnees,
    int? DepartureDeadlineWarningDays = null)
    : IRequest<Office>;

public sealed class SaveOfficeValidator : AbstractValidator<SaveOffice>
{
    public SaveOfficeValidator()
    {
        RuleFor(c => c.Code).Must(OfficeCodes.IsWellFormed).WithMessage("An office code is the country's two letters, a dash and three letters (BA-SJJ).");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Country).Must(CountryCodes.IsWellFormed).WithMessage("Give the country as a two-letter code.");
        RuleFor(c => c.TimeZone).Must(ReferenceDataAdministration.IsTimeZone).WithMessage("Give an IANA time zone, for example Europe/Sarajevo.");
        RuleFor(c => c.DepartureDeadlineWarningDays).InclusiveBetween(0, 365).WithMessage("Warn 0 to 365 days before a departure deadline.")
            .OverridePropertyName("departureDeadlineWarningDays");
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
        if (command.DepartureDeadlineWarningDays is { } days) office.DepartureDeadlineWarningDays = days;
        return office;
    }
}
