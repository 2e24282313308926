using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The return application: everyone in the household declares they return voluntarily and consents to their data
/// going to the origin office and its reintegration partners. Both go to each person's consent history.
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
    protected override string TaskDescription => "Go through the return application with the household in a language they understand. Record that everyone declared the return voluntary and consented to their data going to the origin office and partners, or choose Not yet.";
    protected override string DefaultDue => "+5 working days";
    protected override IReadOnlyList<string> AllowedRoles => [Roles.Counsellor, Roles.Supervisor];
}

[CaseForm("case.return-application", "Return application and informed consent")]
public sealed record ReturnApplicationConsentForm(
    [property: Question("Everyone declared that they return voluntarily")] bool ReturnDeclared,
    [property: Question("Everyone consented to their data going to the origin office and reintegration partners")] bool TransferConsented,
    [property: Question("How the consent was given", Required = true)] ConsentMethod? Method,
    [property: Question("Language the consent was explained and given in", Required = true, MaxLength = 100)] string? Language,
    [property: Question("Interpreter", MaxLength = 200)] string? Interpreter,
    [property: Question("Guardian who consents for the children", MaxLength = 200)] string? Guardian) : IConsentTaking;

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

    protected override JsonObject? Apply(ReturnCase returnCase, ReturnApplicationConsentForm form, string outcome, AnswerContext context)
    {
        if (outcome != ReturnApplicationConsent.Consented) return null;
        // Consented means both: a return declared without the transfer could not be prepared with the origin office.
        if (!form.ReturnDeclared)
            throw new CaseRuleException("form.returnDeclared", "Tick the return declaration, or choose Not yet.");
        if (!form.TransferConsented)
            throw new CaseRuleException("form.transferConsented", "Tick the consent to the transfer, or choose Not yet.");
        HouseholdConsents.RecordGiven(returnCase, ConsentKind.ReturnDeclaration, form, context.At, context.By);
        HouseholdConsents.RecordGiven(returnCase, ConsentKind.TransferToOriginOfficeAndPartners, form, context.At, context.By);
        return null;
    }
}
