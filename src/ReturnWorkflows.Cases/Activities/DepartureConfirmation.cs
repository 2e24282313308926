using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// How the flight went (domain.md, lifecycle step 8), confirmed by operations or the escort. Departed: everyone on the
/// booking reaches the "departed" milestone (refused while a needed fit-to-travel check has not found them fit). A failed
/// departure goes back to booking; a no-show proposes closing the case as "no-show" to the programme managers and
/// goes back to booking too, in case they still travel.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Departure confirmation", Kind = ActivityKind.Task,
    Description = "Confirm that the household departed on the booked flight, or record a failed departure (book again) or a no-show (closure proposed as 'no-show'; book again if they still travel). Waits until the flight is booked and the origin office accepted the case; 'departed' is refused where a medical need is recorded and no fit-to-travel check found them fit.")]
[FlowOutcomes(Departed, Failed, NoShow, EscalatedOutcome)]
public sealed class DepartureConfirmation : CaseActivity<DepartureConfirmationForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.DepartureConfirmation";
    public const string Departed = "Departed";
    public const string Failed = "Departure failed";
    public const string NoShow = "No-show";

    [Output(DisplayName = "Travellers", Description = "How many persons departed.")]
    public int Travellers { get; init; }

    public override IReadOnlyList<string> TaskOutcomes => [Departed, Failed, NoShow];
    protected override string DefaultTitle => "Departure confirmation";
    protected override string TaskDescription => "After the flight, confirm that everyone departed, or record that the departure failed or that they did not show up.";
    protected override string? DefaultDue => null;
    protected override IReadOnlyList<string> AllowedRoles => [Roles.OperationsOfficer, Roles.Supervisor];
    // Not fit-to-travel: a medical need recorded after the check was passed by would leave this step waiting for ever;
    // the case refuses 'departed' without the check instead, and 'departure failed' books again (and checks again).
    protected override IReadOnlyList<string> Preconditions => [CaseGates.Booking, CaseGates.Handover];
}

[CaseForm("case.departure-confirmation", "Departure confirmation")]
public sealed record DepartureConfirmationForm(
    [property: Question("Day of the departure (or of the flight missed)", Required = true)] DateOnly? On,
    [property: Question("What happened (for a failed departure or a no-show)", MaxLength = 2000)] string? Note);

public sealed class DepartureConfirmationFormValidator : AbstractValidator<DepartureConfirmationForm>
{
    public DepartureConfirmationFormValidator()
    {
        RuleFor(f => f.On).NotNull().WithMessage("Give the day.");
        RuleFor(f => f.Note).MaximumLength(2000);
    }
}

public sealed class DepartureConfirmationAnswers(CaseAnswerServices services, IValidator<DepartureConfirmationForm> validator, CaseNotices notices)
    : CaseActivityAnswers<DepartureConfirmationForm>(services, validator)
{
    public override string ActivityType => DepartureConfirmation.TypeName;
    protected override IReadOnlyList<string> Requires => [CaseGates.Booking];

    protected override JsonObject? Apply(ReturnCase returnCase, DepartureConfirmationForm form, string outcome, AnswerContext context)
    {
        var status = outcome switch
        {
            DepartureConfirmation.Departed => BookingStatus.Departed,
            DepartureConfirmation.NoShow => BookingStatus.NoShow,
            _ => BookingStatus.DepartureFailed,
        };
        var booking = returnCase.ActiveBooking;
        returnCase.RecordDepartureOutcome(status, form.On!.Value, form.Note, context.At, context.By);
        // A closure someone proposed already (for this or another reason) waits for its decision: not proposed twice.
        if (status == BookingStatus.NoShow && returnCase.PendingClosure is null)
            returnCase.ProposeClosure(ClosureReason.NoShow, string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim(), context.At, context.By);
        return new JsonObject { [nameof(DepartureConfirmation.Travellers)] = status == BookingStatus.Departed ? booking!.TravellerIds.Count : 0 };
    }

    /// <summary>As for a closure proposed on the case page: the office's programme managers are told.</summary>
    protected override Task AfterAppliedAsync(ReturnCase returnCase, DateTime at, CancellationToken cancellationToken) =>
        notices.ClosureProposedByStepAsync(returnCase, at, cancellationToken);
}
