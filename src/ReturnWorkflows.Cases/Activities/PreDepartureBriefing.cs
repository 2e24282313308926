using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The pre-departure briefing (domain.md, lifecycle step 7): what the journey and the arrival will be, the allowance
/// paid in the programme's currency, and everyone's consent to the return re-confirmed. Whoever no longer wants to
/// return withdraws on the case page (the others still travel); the briefing cannot be recorded without re-confirmation.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Pre-departure briefing", Kind = ActivityKind.Task,
    Description = "Brief the household on the journey and the arrival, pay the pre-departure allowance (in the programme's currency) and have everyone re-confirm that they want to return. Waits until the flight is booked.")]
[FlowOutcomes(Briefed, EscalatedOutcome)]
public sealed class PreDepartureBriefing : CaseActivity<PreDepartureBriefingForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.PreDepartureBriefing";
    public const string Briefed = "Briefed";

    public override IReadOnlyList<string> TaskOutcomes => [Briefed];
    protected override string DefaultTitle => "Pre-departure briefing";
    protected override string TaskDescription => "Brief the household on the journey and the arrival, pay the allowance and have everyone re-confirm that they still want to return. Whoever does not withdraws on the case page first.";
    protected override string? DefaultDue => "+5 working days";
    protected override IReadOnlyList<string> AllowedRoles => [Roles.Counsellor, Roles.OperationsOfficer, Roles.Supervisor];
    protected override IReadOnlyList<string> Preconditions => [CaseGates.Booking];
}

[CaseForm("case.pre-departure-briefing", "Pre-departure briefing")]
public sealed record PreDepartureBriefingForm(
    [property: Question("Day of the briefing", Required = true)] DateOnly? BriefedOn,
    [property: Question("Allowance paid, in the programme's currency (0 if none)", Required = true)] decimal? AllowanceAmount,
    [property: Question("Everyone travelling re-confirmed that they want to return", Required = true)] bool ConsentReconfirmed);

public sealed class PreDepartureBriefingFormValidator : AbstractValidator<PreDepartureBriefingForm>
{
    public PreDepartureBriefingFormValidator()
    {
        RuleFor(f => f.BriefedOn).NotNull().WithMessage("Give the day of the briefing.");
        RuleFor(f => f.AllowanceAmount).NotNull().WithMessage("Give the allowance paid (0 if none).")
            .GreaterThanOrEqualTo(0).WithMessage("The allowance cannot be negative.")
            .LessThan(1_000_000).WithMessage("The allowance is too large.");
        RuleFor(f => f.ConsentReconfirmed).Equal(true)
            .WithMessage("Everyone travelling must re-confirm that they want to return; whoever does not withdraws on the case page first.");
    }
}

public sealed class PreDepartureBriefingAnswers(CaseAnswerServices services, IValidator<PreDepartureBriefingForm> validator, IReferenceDataStore referenceData)
    : CaseActivityAnswers<PreDepartureBriefingForm>(services, validator)
{
    private string _currency = "";

    public override string ActivityType => PreDepartureBriefing.TypeName;
    protected override IReadOnlyList<string> Requires => [CaseGates.Booking];

    /// <summary>The allowance is in the programme's currency, read here since applying has no store.</summary>
    protected override async Task CheckAsync(ReturnCase returnCase, TaskAnswers answers, CancellationToken cancellationToken) =>
        _currency = (await referenceData.FindProgrammeAsync(returnCase.ProgrammeId, cancellationToken))?.Currency
                    ?? throw new ConflictException("programmeId", "The case's programme does not exist any more.");

    protected override JsonObject? Apply(ReturnCase returnCase, PreDepartureBriefingForm form, string outcome, AnswerContext context)
    {
        returnCase.RecordPreDepartureBriefing(form.BriefedOn!.Value, form.AllowanceAmount!.Value, _currency, form.ConsentReconfirmed, context.At, context.By);
        return null;
    }
}
