using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>The rules a person's details follow wherever they are sent (intake, a new member, an edit).</summary>
public sealed class PersonDetailsValidator : AbstractValidator<PersonDetails>
{
    public PersonDetailsValidator(TimeProvider clock)
    {
        RuleFor(d => d.GivenNames).NotEmpty().MaximumLength(200);
        RuleFor(d => d.FamilyName).NotEmpty().MaximumLength(200);
        RuleFor(d => d.NameInDocument).MaximumLength(300);
        RuleFor(d => d.Nationality).Must(CaseValidation.IsCountryCode).WithMessage("Give the nationality as a two-letter country code (PK, AF, XK...).");
        RuleFor(d => d.Sex).IsInEnum();
        RuleFor(d => d.Relationship).IsInEnum();
        RuleFor(d => d.Languages).NotEmpty().WithMessage("Name at least one language the person understands.");
        RuleForEach(d => d.Languages).NotEmpty().MaximumLength(100);
        RuleFor(d => d.DateOfBirth).Must(born => born is null || born <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("The date of birth is in the future.");
        RuleFor(d => d.EstimatedBirthYear).InclusiveBetween(1900, 2100);
        RuleFor(d => d).Must(d => d.DateOfBirth is not null || d.EstimatedBirthYear is not null)
            .WithName("dateOfBirth").WithMessage("Give the date of birth or, when it is not known, the estimated year of birth.");
    }
}

public sealed class ConsentStatementValidator : AbstractValidator<ConsentStatement>
{
    public ConsentStatementValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Decision).IsInEnum();
        RuleFor(c => c.Method).IsInEnum();
        RuleFor(c => c.Language).NotEmpty().WithMessage("Name the language the consent was explained and given in.").MaximumLength(100);
        RuleFor(c => c.Interpreter).MaximumLength(200);
        RuleFor(c => c.Guardian).MaximumLength(200);
    }
}

/// <summary>A person joining a case comes with their data-processing consent, given, or not at all.</summary>
public sealed class NewPersonValidator : AbstractValidator<NewPerson>
{
    public NewPersonValidator(TimeProvider clock)
    {
        RuleFor(p => p.Details).NotNull().SetValidator(new PersonDetailsValidator(clock));
        RuleFor(p => p.DataProcessingConsent).NotNull()
            .WithMessage("Record the person's consent to data processing first: nothing about them is kept without it.")
            .SetValidator(new ConsentStatementValidator());
        RuleFor(p => p.DataProcessingConsent!.Kind).Equal(ConsentKind.DataProcessing).When(p => p.DataProcessingConsent is not null)
            .WithMessage("The consent a person joins with is their consent to data processing.");
        RuleFor(p => p.DataProcessingConsent!.Decision).Equal(ConsentDecision.Given).When(p => p.DataProcessingConsent is not null)
            .WithMessage("Without consent to data processing nothing about the person may be kept.");
        RuleFor(p => p.DataProcessingConsent!.Guardian).NotEmpty()
            .When(p => p.Details is not null && p.DataProcessingConsent is not null && p.Details.IsChildOn(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            .WithMessage("The person is a child: their consent is given through their guardian; name the guardian.");
    }
}

internal static class CaseValidation
{
    public static bool IsCountryCode(string? code) => ReferenceData.Commands.CountryCodes.IsWellFormed(code);

    public static bool IsOfficeCode(string? code) => OfficeCodes.IsWellFormed(code);
}
