using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The household's flight: one booking for everyone taking part (domain.md, lifecycle step 7). Waits until everyone
/// holds a travel document; the case refuses a flight after a document's expiry. Cases flying together share a group
/// reference (the flight's manifest lists them). Booking again replaces the booking before.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Flight booking", Kind = ActivityKind.Task,
    Description = "Book the household's flight: flight number, day, route and escort, and the group reference when several cases fly together. Waits until everyone taking part has a travel document; refused if a document expires by the flight's day.")]
[FlowOutcomes(Booked, EscalatedOutcome)]
public sealed class FlightBooking : CaseActivity<FlightBookingForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.FlightBooking";
    public const string Booked = "Booked";

    public override IReadOnlyList<string> TaskOutcomes => [Booked];
    protected override string DefaultTitle => "Flight booking";
    protected override string TaskDescription => "Book the flight for everyone taking part and record it here: flight number, day, route, escort, and the group reference if other cases fly with them.";
    protected override string? DefaultDue => "+10 working days";
    protected override IReadOnlyList<string> AllowedRoles => [Roles.OperationsOfficer, Roles.Supervisor];
    protected override IReadOnlyList<string> Preconditions => [CaseGates.TravelDocument];
}

[CaseForm("case.flight-booking", "Flight booking")]
public sealed record FlightBookingForm(
    [property: Question("Flight number", Required = true, MaxLength = 20)] string? FlightNumber,
    [property: Question("Day of the flight", Required = true)] DateOnly? DepartsOn,
    [property: Question("Route (airports in order)", Required = true, MaxLength = 200)] string? Route,
    [property: Question("Escort (none if unescorted)", MaxLength = 200)] string? Escort,
    [property: Question("Group reference (cases on the same flight)", MaxLength = 50)] string? GroupReference);

public sealed class FlightBookingFormValidator : AbstractValidator<FlightBookingForm>
{
    public const string FlightNumberPattern = "^[A-Za-z0-9]{2}[ ]?[0-9]{1,4}[A-Za-z]?$";
    public const string FlightNumberRule = "A flight number is the airline's two-character code and up to four digits, such as 'TK 1022'.";

    public FlightBookingFormValidator()
    {
        RuleFor(f => f.FlightNumber).NotEmpty().WithMessage("Give the flight number.").MaximumLength(20)
            .Matches(FlightNumberPattern).WithMessage(FlightNumberRule);
        RuleFor(f => f.DepartsOn).NotNull().WithMessage("Give the day of the flight.");
        RuleFor(f => f.Route).NotEmpty().WithMessage("Give the route, such as 'SJJ - IST - ISB'.").MaximumLength(200);
        RuleFor(f => f.Escort).MaximumLength(200);
        RuleFor(f => f.GroupReference).MaximumLength(50);
    }
}

public sealed class FlightBookingAnswers(CaseAnswerServices services, IValidator<FlightBookingForm> validator)
    : CaseActivityAnswers<FlightBookingForm>(services, validator)
{
    public override string ActivityType => FlightBooking.TypeName;
    protected override IReadOnlyList<string> Requires => [CaseGates.TravelDocument];

    protected override JsonObject? Apply(ReturnCase returnCase, FlightBookingForm form, string outcome, AnswerContext context)
    {
        returnCase.BookTravel(new BookingFacts(form.FlightNumber!, form.DepartsOn!.Value, form.Route!, form.Escort, form.GroupReference), context.At, context.By);
        return null;
    }
}
