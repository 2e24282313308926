using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// A consent of its own: contacting a person's embassy tells their state they are here and want to return, which may
/// put them at risk; so it is asked separately, and the travel-document request waits for it (gate embassy-contact-consent).
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Embassy-contact consent", Kind = ActivityKind.Task,
    Description = "Each person consents to their embassy or consular authority being contacted for a travel document. Asked apart from the return application; the travel-document request waits until everyone has given it. The answer is Consented, or Not yet.")]
[FlowOutcomes(Consented, NotYet, EscalatedOutcome)]
public sealed class EmbassyContactConsent : CaseActivity<EmbassyContactConsentForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.EmbassyContactConsent";
    public const string Consented = "Consented";
    public const string NotYet = "Not yet";

    public override IReadOnlyList<string> TaskOutcomes => [Consented, NotYet];
    protected override string DefaultTitle => "Embassy-contact consent";
    protected override string TaskDescription => "Explain that the embassy or consular authority will be asked for a travel document and what it will learn. Tick, for each person, their consent to it, or choose Not yet.";
    protected override string DefaultDue => "+5 working days";
    protected override IReadOnlyList<string> AllowedRoles => [Roles.Counsellor, Roles.Supervisor];
}

[CaseForm("case.embassy-contact-consent", "Embassy-contact consent")]
public sealed record EmbassyContactConsentForm(
    [property: Question("Each person's consent", Required = true)] IReadOnlyList<EmbassyContactRow>? Persons,
    [property: Question("How the consent was given", Required = true)] ConsentMethod? Method,
    [property: Question("Language the consent was explained and given in", Required = true, MaxLength = 100)] string? Language,
    [property: Question("Interpreter", MaxLength = 200)] string? Interpreter,
    [property: Question("Guardian who consents for the children", MaxLength = 200)] string? Guardian) : IConsentTaking;

/// <summary>One person's consent to their embassy or consular authority being contacted.</summary>
public sealed record EmbassyContactRow(
    string PersonId,
    [property: Question("Consents to their embassy or consular authority being contacted")] bool EmbassyContactConsented) : IPersonRow;

public sealed class EmbassyContactConsentFormValidator : AbstractValidator<EmbassyContactConsentForm>
{
    public EmbassyContactConsentFormValidator()
    {
        Include(new ConsentTakingValidator());
    }
}

public sealed class EmbassyContactConsentAnswers(CaseAnswerServices services, IValidator<EmbassyContactConsentForm> validator)
    : CaseActivityAnswers<EmbassyContactConsentForm>(services, validator)
{
    public override string ActivityType => EmbassyContactConsent.TypeName;

    protected override EmbassyContactConsentForm Prefill(ReturnCase returnCase, DateOnly today) => new(
        PersonRows.AskedOf(returnCase).Select(p => new EmbassyContactRow(p.Id, p.HasConsented(ConsentKind.ContactEmbassy))).ToList(),
        null, null, null, null);

    protected override JsonObject? Apply(ReturnCase returnCase, EmbassyContactConsentForm form, string outcome, AnswerContext context)
    {
        if (outcome != EmbassyContactConsent.Consented) return null;
        // The request reveals each person to their own state: nobody's consent stands in for another's.
        var rows = PersonRows.Match(returnCase, form.Persons, "persons");
        if (rows.FirstOrDefault(r => !r.Row.EmbassyContactConsented) is { Person: not null } unticked)
            throw new CaseRuleException($"form.persons[{unticked.Index}].embassyContactConsented", "Tick this person's consent, or choose Not yet.");
        HouseholdConsents.RecordGiven(returnCase, rows.Select(r => r.Person).ToList(), ConsentKind.ContactEmbassy, form, context.At, context.By);
        return null;
    }
}
