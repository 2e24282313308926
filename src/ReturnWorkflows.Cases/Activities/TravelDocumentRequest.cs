using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The request to the embassy or consular authority for the household's travel documents. It reveals the persons to
/// their own state, so the step waits (no task) until everyone consented to contacting the embassy (gate
/// embassy-contact-consent), and the case refuses the request on any other path too.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Travel document request", Kind = ActivityKind.Task,
    Description = "Ask the embassy or consular authority for the household's travel documents (passport or laissez-passer) and record which authority was asked and when. Waits until everyone has consented to the embassy being contacted. Reminds every 7 days and escalates after 30 days unless changed here.")]
[FlowOutcomes(Requested, EscalatedOutcome)]
public sealed class TravelDocumentRequest : CaseActivity<TravelDocumentRequestForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.TravelDocumentRequest";
    public const string Requested = "Requested";

    // [design] numbers of the domain brief (reminder every 7 days, escalate after 30): inputs a manager changes, counted from when the task is made.
    public const string DefaultReminderSchedule = "+7 days, +14 days, +21 days, +28 days";
    public const string DefaultEscalation = "+30 days";

    public override IReadOnlyList<string> TaskOutcomes => [Requested];
    protected override string DefaultTitle => "Travel document request";
    protected override string TaskDescription => "Send the request for the household's travel documents to their embassy or consular authority, then record which authority was asked and on which day.";
    protected override string? DefaultDue => null;
    protected override string? DefaultReminders => DefaultReminderSchedule;
    protected override string? DefaultEscalateAfter => DefaultEscalation;
    protected override IReadOnlyList<string> AllowedRoles => [Roles.OperationsOfficer, Roles.Counsellor, Roles.Supervisor];
    protected override IReadOnlyList<string> Preconditions => [CaseGates.EmbassyContactConsent];
}

[CaseForm("case.travel-document-request", "Travel document request")]
public sealed record TravelDocumentRequestForm(
    [property: Question("Embassy or consular authority asked", Required = true, MaxLength = 200)] string? Authority,
    [property: Question("Date requested", Required = true)] DateOnly? RequestedOn,
    [property: Question("Reference of the request", MaxLength = 100)] string? Reference);

public sealed class TravelDocumentRequestFormValidator : AbstractValidator<TravelDocumentRequestForm>
{
    public TravelDocumentRequestFormValidator()
    {
        RuleFor(f => f.Authority).NotEmpty().WithMessage("Name the embassy or consular authority asked.").MaximumLength(200);
        RuleFor(f => f.RequestedOn).NotNull().WithMessage("Give the date of the request.");
        RuleFor(f => f.Reference).MaximumLength(100);
    }
}

public sealed class TravelDocumentRequestAnswers(CaseAnswerServices services, IValidator<TravelDocumentRequestForm> validator)
    : CaseActivityAnswers<TravelDocumentRequestForm>(services, validator)
{
    public override string ActivityType => TravelDocumentRequest.TypeName;
    protected override IReadOnlyList<string> Requires => [CaseGates.EmbassyContactConsent];

    protected override JsonObject? Apply(ReturnCase returnCase, TravelDocumentRequestForm form, string outcome, AnswerContext context)
    {
        returnCase.RecordTravelDocumentRequest(form.Authority!, form.RequestedOn!.Value, form.Reference, context.At, context.By);
        return null;
    }
}
