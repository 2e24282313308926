using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The origin office confirms the household's arrival (domain.md, lifecycle step 8): everyone who departed reaches
/// the "arrived" milestone. The [design] rule "escalate if not confirmed within 48 h" is the step's due date and
/// escalation: due 48 hours after the departure is confirmed, escalated to the origin office's supervisors then.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Arrival confirmation", Kind = ActivityKind.Task,
    Description = "The origin office confirms that the household arrived, and on which day. Due 48 hours after the departure and escalated to the office's supervisors then, unless changed here.")]
[FlowOutcomes(Arrived, EscalatedOutcome)]
public sealed class ArrivalConfirmation : CaseActivity<ArrivalConfirmationForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.ArrivalConfirmation";
    public const string Arrived = "Arrived";

    public override IReadOnlyList<string> TaskOutcomes => [Arrived];
    protected override string DefaultTitle => "Arrival confirmation";
    protected override string TaskDescription => "Confirm that the household arrived in the country of return, and on which day.";
    protected override string? DefaultDue => "+48 hours";
    protected override string? DefaultEscalateAfter => "+0 hours";
    protected override string DefaultOffice => OriginOffice;
    protected override IReadOnlyList<string> AllowedRoles => [Roles.ReintegrationOfficer, Roles.Supervisor];
}

[CaseForm("case.arrival-confirmation", "Arrival confirmation")]
public sealed record ArrivalConfirmationForm(
    [property: Question("Day of arrival", Required = true)] DateOnly? ArrivedOn);

public sealed class ArrivalConfirmationFormValidator : AbstractValidator<ArrivalConfirmationForm>
{
    public ArrivalConfirmationFormValidator() => RuleFor(f => f.ArrivedOn).NotNull().WithMessage("Give the day of arrival.");
}

public sealed class ArrivalConfirmationAnswers(CaseAnswerServices services, IValidator<ArrivalConfirmationForm> validator)
    : CaseActivityAnswers<ArrivalConfirmationForm>(services, validator)
{
    public override string ActivityType => ArrivalConfirmation.TypeName;

    protected override JsonObject? Apply(ReturnCase returnCase, ArrivalConfirmationForm form, string outcome, AnswerContext context)
    {
        returnCase.ConfirmArrival(form.ArrivedOn!.Value, context.At, context.By);
        return null;
    }
}
