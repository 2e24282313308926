using FluentValidation;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>How and in which language a household gave a consent: the questions every consent step's form asks.</summary>
public interface IConsentTaking
{
    ConsentMethod? Method { get; }
    string? Language { get; }
    string? Interpreter { get; }
    string? Guardian { get; }
}

/// <summary>The rules of <see cref="IConsentTaking"/>, included by each consent form's validator.</summary>
public sealed class ConsentTakingValidator : AbstractValidator<IConsentTaking>
{
    public ConsentTakingValidator()
    {
        RuleFor(f => f.Method).NotNull().IsInEnum().WithMessage("Say how the consent was given.");
        RuleFor(f => f.Language).NotEmpty().WithMessage("Name the language the consent was explained and given in.").MaximumLength(100);
        RuleFor(f => f.Interpreter).MaximumLength(200);
        RuleFor(f => f.Guardian).MaximumLength(200);
    }
}

/// <summary>
/// What the consent steps share: one statement per consent kind is appended to each person's consent history, so a
/// later withdrawal by one of them is kept beside it.
/// </summary>
internal static class HouseholdConsents
{
    /// <summary>Records <paramref name="kind"/> as given by each of <paramref name="persons"/> (each ticked on their row), as <paramref name="how"/> says.</summary>
    public static void RecordGiven(ReturnCase returnCase, IReadOnlyList<Person> persons, ConsentKind kind, IConsentTaking how, DateTime at, string by)
    {
        // A withdrawal is taken on a closed case too (from the case page); a consent step belongs to an open one.
        if (returnCase.Status == CaseStatus.Closed)
            throw new CaseRuleException("status", "The case is closed; reopen it before recording consents.");
        var statement = new ConsentStatement(kind, ConsentDecision.Given, how.Method!.Value, how.Language!.Trim(), Blank(how.Interpreter), null);
        // A child consents through their guardian (the aggregate refuses a child's consent without one).
        var forChild = statement with { Guardian = Blank(how.Guardian) };
        foreach (var person in persons)
            returnCase.RecordConsent(person.Id, person.Details.IsChildOn(DateOnly.FromDateTime(at)) ? forChild : statement, at, by);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
