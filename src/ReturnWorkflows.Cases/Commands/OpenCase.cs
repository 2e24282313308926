using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Audit;
using ReturnWorkflows.Cases.Duplicates;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.Views;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>
/// Intake: opens a case at the host office for the principal applicant and their family, each with their
/// data-processing consent, and starts the programme's lifecycle workflow for it when the programme names one.
/// Refused, nothing is written: not the case, not a person, not a workflow.
/// </summary>
/// <param name="IsTest">A practice case, left out of the reports.</param>
public sealed record OpenCase(
    CaseViewer Viewer,
    string HostOffice,
    string CountryOfReturn,
    string ProgrammeId,
    NewPerson Principal,
    IReadOnlyList<NewPerson>? Members,
    string? IdempotencyKey = null,
    bool IsTest = false) : IRequest<OpenedCase>, IIdempotentCommand;

public sealed class OpenCaseValidator : AbstractValidator<OpenCase>
{
    public OpenCaseValidator(TimeProvider clock)
    {
        RuleFor(c => c.HostOffice).Must(CaseValidation.IsOfficeCode).WithMessage("Give the host office's code (for example BA-SJJ).");
        RuleFor(c => c.CountryOfReturn).Must(CaseValidation.IsCountryCode).WithMessage("Give the country of return as a two-letter code.");
        RuleFor(c => c.ProgrammeId).NotEmpty().WithMessage("Name the programme the case is taken into.");
        RuleFor(c => c.Principal).NotNull().WithMessage("Record the principal applicant.").SetValidator(new NewPersonValidator(clock));
        RuleForEach(c => c.Members).SetValidator(new NewPersonValidator(clock));
        RuleFor(c => c.Members).Must(m => m is null || m.Count <= 30).WithMessage("A case holds at most 30 members besides the principal applicant.");
    }
}

public sealed class OpenCaseHandler(
    ICaseRepository cases, IReferenceDataStore referenceData, ICaseAuditLog audit, CaseLifecycle lifecycle, IPersonMatchLookup matches, TimeProvider clock)
    : IRequestHandler<OpenCase, OpenedCase>
{
    public async Task<OpenedCase> Handle(OpenCase command, CancellationToken cancellationToken)
    {
        if (!CaseAccess.MayOpenCaseAt(command.Viewer, command.HostOffice))
            throw new ForbiddenException("hostOffice", $"You may open cases only at your own office ({command.Viewer.Office ?? "none"}).");
        var office = await referenceData.FindOfficeAsync(command.HostOffice, cancellationToken);
        if (office is not { HostsMigrants: true })
            throw new CommandRejectedException("hostOffice", $"'{command.HostOffice}' is not an office that hosts migrants.");
        var country = await referenceData.FindCountryAsync(command.CountryOfReturn, cancellationToken)
                      ?? throw new CommandRejectedException("countryOfReturn", $"'{command.CountryOfReturn}' is not a country of return.");
        if (country.Status == ReturnStatus.Suspended)
            throw new CommandRejectedException("countryOfReturn", $"Returns to {country.Name} are suspended since {country.StatusEffectiveFrom:yyyy-MM-dd}.");
        var programme = await referenceData.FindProgrammeAsync(command.ProgrammeId, cancellationToken)
                        ?? throw new CommandRejectedException("programmeId", $"There is no programme '{command.ProgrammeId}'.");

        var now = clock.GetUtcNow().UtcDateTime;
        var today = OfficeClock.Today(office, now);
        if (programme.RefusesIntake(office.Code, today) is { } refusal)
            throw new CommandRejectedException("programmeId", refusal);

        var number = new CaseNumber(office.Code, today.Year, await cases.LastSequenceAsync(office.Code, today.Year, cancellationToken) + 1);
        var opened = ReturnCase.Open(
            new CaseOpening(office.Code, country.Code, programme.Id, command.Principal, command.Members ?? [], command.IsTest), number, now, command.Viewer.UserName);
        await RecordNotSamePersonAsync(opened, [command.Principal, .. command.Members ?? []], now, command.Viewer.UserName, cancellationToken);
        cases.Add(opened);
        audit.Add(CaseAuditTrail.Changes(opened, AuditAction.Created, now, command.Viewer.UserName));
        opened.ClearPendingChanges();

        var instanceId = await lifecycle.StartAsync(opened, programme, cancellationToken);
        return new OpenedCase(opened.Id, opened.Number, opened.Version, instanceId);
    }

    /// <summary>
    /// "Not the same person" ticked on an intake row: whoever the duplicate check finds for that person now is recorded
    /// as someone else, so the notice is not raised for the pair again. The persons are in the order they were given.
    /// </summary>
    private async Task RecordNotSamePersonAsync(ReturnCase opened, IReadOnlyList<NewPerson> given, DateTime at, string by, CancellationToken cancellationToken)
    {
        for (var i = 0; i < given.Count; i++)
        {
            if (!given[i].NotSamePersonAsKnown) continue;
            var person = opened.Persons[i];
            if (person.NameKey is not { } key) continue;
            var found = await matches.FindAsync(new PersonMatch(key, person.Nationality, person.BirthYear), opened.Id, null, cancellationToken);
            opened.RecordNotSamePerson(person.Id, [.. found.Select(f => f.PersonId)], at, by);
        }
    }
}
