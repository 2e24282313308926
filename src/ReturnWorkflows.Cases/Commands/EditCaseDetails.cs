using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.Views;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>The case section: where the household would return.</summary>
public sealed record EditCaseDetails(CaseViewer Viewer, string CaseId, int Version, string CountryOfReturn) : IRequest<CaseSaved>;

public sealed class EditCaseDetailsValidator : AbstractValidator<EditCaseDetails>
{
    public EditCaseDetailsValidator() =>
        RuleFor(c => c.CountryOfReturn).Must(CaseValidation.IsCountryCode).WithMessage("Give the country of return as a two-letter code.");
}

public sealed class EditCaseDetailsHandler(CaseEditing editing, IReferenceDataStore referenceData) : IRequestHandler<EditCaseDetails, CaseSaved>
{
    public async Task<CaseSaved> Handle(EditCaseDetails command, CancellationToken cancellationToken)
    {
        var country = await referenceData.FindCountryAsync(command.CountryOfReturn, cancellationToken)
                      ?? throw new CommandRejectedException("countryOfReturn", $"'{command.CountryOfReturn}' is not a country of return.");
        return await editing.EditAsync(command.Viewer, command.CaseId, command.Version,
            (c, now) => c.ChangeCountryOfReturn(country.Code, now, command.Viewer.UserName), cancellationToken);
    }
}
