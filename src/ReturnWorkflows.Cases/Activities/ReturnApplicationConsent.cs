using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The return application: each person taking part declares they return voluntarily and consents to their data
/// going to the origin office and its reintegration partners, ticked on their own row. Both go to each person's
/// consent history.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Return application and informed consent", Kind = ActivityKind.Task,
    Description = "The household signs the return application: each person declares the return is voluntary and consents to their data being sent to the origin office and its reintegration partners. The answer is Consented, or Not yet (nothing is recorded and the step can be drawn back to counselling).")]
[FlowOutcomes(Consented, NotYet, EscalatedOutcome)]
public sealed class ReturnApplicationConsent : CaseActivity<ReturnApplicationConsentForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.ReturnApplicationConsent";
    public const string Consented = "Consented";
    public const string NotYet = "Not yet";

    public override IReadOnlyList<string> TaskOutcomes => [Consented, NotYet];
    protected override string DefaultTitle => "Return application and informed consent";
    protected override string TaskDescription => "Go through the return application with the household in a language they understand. Tick, for each person, the declaration that the return is voluntary and the consent to their data going to the origin office and partners, or choose Not yet.";
    protected override string DefaultDue => "+5 working days";
    protected override IReadOnlyList<string> AllowedRoles => [Roles.Counsellor, Roles.Supervisor];
}

[CaseForm("case.return-application", "Return application and informed consent")]
public sealed record ReturnApplicationConsentForm(
    [property: Question("Each person's declaration and consent", Required = true)] IReadOnlyList<ReturnApplicationRow>? Persons,
    [property: Question("How the consent was given", Required = true)] ConsentMethod? Method,
    [property: Question("Language the consent was explained and given in", Required = true, MaxLength = 100)] string? Language,
    [property: Question("Interpreter", MaxLength = 200)] string? Interpreter,
    [property: Question("Guardian who consents for the children", MaxLength = 200)] string? Guardian) : IConsentTaking;

/// <summary>One person's answers to the return application.</summary>
public sealed record ReturnApplicationRow(
    string PersonId,
    [property: Question("Declares the return voluntary")] bool ReturnDeclared,
    [property: Question("Consents to their data going to the origin office and partners")] bool TransferConsented) : IPersonRow;

public sealed class ReturnApplicationConsentFormValidator : AbstractValidator<ReturnApplicationConsentForm>
{
    public ReturnApplicationConsentFormValidator()
    {
        Include(new ConsentTakingValidator());
    }
}

public sealed class ReturnApplicationConsentAnswers(CaseAnswerServices services, IValidator<ReturnApplicationConsentForm> validator)
    : CaseActivityAnswers<ReturnApplicationConsentForm>(services, validator)
{
    public override string ActivityType => ReturnApplicationConsent.TypeName;

    /// <summary>A row per person, ticked where the case already holds the consent (given at an earlier attempt).</summary>
    protected override ReturnApplicationConsentForm Prefill(ReturnCase returnCase, DateOnly today) => new(
        PersonRows.AskedOf(returnCase).Select(p => new ReturnApplicationRow(p.Id,
            p.HasConsented(ConsentKind.ReturnDeclaration), p.HasConsented(ConsentKind.TransferToOriginOfficeAndPartners))).ToList(),
        null, null, null, null);

    protected override JsonObject? Apply(ReturnCase returnCase, ReturnApplicationConsentForm form, string outcome, AnswerContext context)
    {
        if (outcome != ReturnApplicationConsent.Consented) return null;
        // Consented means both, from everyone: a return declared without the transfer could not be prepared with the
        // origin office, and one person's signature is not another's.
        var rows = PersonRows.Match(returnCase, form.Persons, "persons");
        foreach (var (_, row, i) in rows)
        {
            if (!row.ReturnDeclared)
                throw new CaseRuleException($"form.persons[{i}].returnDeclared",
                    "Tick this person's return declaration, or choose Not yet (someone who no longer returns is withdrawn on the case page).");
            if (!row.TransferConsented)
                throw new CaseRuleException($"form.persons[{i}].transferConsented",
                    "Tick this person's consent to the transfer, or choose Not yet.");
        }
        var persons = rows.Select(r => r.Person).ToList();
        HouseholdConsents.RecordGiven(returnCase, persons, ConsentKind.ReturnDeclaration, form, context.At, context.By);
        HouseholdConsents.RecordGiven(returnCase, persons, ConsentKind.TransferToOriginOfficeAndPartners, form, context.At, context.By);
        return null;
    }
}
