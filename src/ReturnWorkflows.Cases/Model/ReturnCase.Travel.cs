namespace ReturnWorkflows.Cases.Model;

// Pre-departure and departure (domain.md, lifecycle steps 7 and 8): the booking for the household, the briefing with
// the allowance and the re-confirmed consent, the fit-to-travel check where a medical need is recorded, and the
// departure itself. Each refuses what would put someone on a flight they cannot take.
public sealed partial class ReturnCase
{
    private readonly List<TravelBooking> _bookings = [];

    public IReadOnlyList<TravelBooking> Bookings => _bookings;

    /// <summary>The booking the household is to travel on; null before booking and after it ended.</summary>
    public TravelBooking? ActiveBooking => _bookings.FirstOrDefault(b => b.IsActive);

    /// <summary>Whether anyone taking part has a recorded medical need (then the flight needs a fit-to-travel check).</summary>
    public bool HasMedicalNeed => Participants.Any(p => p.Vulnerabilities.Any(v => v.Kind == VulnerabilityKind.MedicalNeeds));

    /// <summary>
    /// Books everyone taking part on one flight. Refused unless each has a travel document valid after the day of the
    /// flight; a booking made before is cancelled (rebooking). The planned departure becomes the flight's day.
    /// </summary>
    public TravelBooking BookTravel(BookingFacts facts, DateTime at, string by)
    {
        RequireOpen();
        var today = DateOnly.FromDateTime(at);
        if (facts.DepartsOn < today)
            throw new CaseRuleException("form.departsOn", "The flight's day has passed.");
        var travellers = Participants.Where(p => p.MayBeProcessed).ToList();
        if (travellers.Count == 0)
            throw new CaseRuleException("persons", "Nobody in the case still takes part in the return.");
        if (travellers.Any(p => p.TravelDocumentObtainedAt is null))
            throw new CaseRuleException("persons", "Not everyone taking part has a travel document yet: record its receipt first.");
        if (CurrentTravelDocuments().FirstOrDefault(d => d.ExpiresOn <= facts.DepartsOn) is { } expiring)
            throw new CaseRuleException("form.departsOn",
                $"A travel document of the case expires on {expiring.ExpiresOn:yyyy-MM-dd}, not after the flight on {facts.DepartsOn:yyyy-MM-dd}.");
        if (ActiveBooking is { } replaced)
        {
            replaced.End(BookingStatus.Cancelled, today, "rebooked", at, by);
            _changes.Add(new CaseChange(CaseSections.TravelDocuments, $"bookings[{replaced.Id}].status", nameof(BookingStatus.Booked), nameof(BookingStatus.Cancelled)));
        }
        var booking = new TravelBooking(NewRecordId(), Id, Clean(facts), travellers.Select(p => p.Id).ToList(), at, by);
        _bookings.Add(booking);
        _changes.Add(new CaseChange(CaseSections.TravelDocuments, $"bookings[{booking.Id}]", null,
            $"{booking.FlightNumber} on {booking.DepartsOn:yyyy-MM-dd}, {booking.TravellerIds.Count} travelling" + (booking.GroupReference is { } group ? $", group {group}" : "")));
        if (PlannedDepartureOn != facts.DepartsOn)
        {
            _changes.Add(new CaseChange(CaseSections.TravelDocuments, "plannedDeparture", PlannedDepartureOn?.ToString("yyyy-MM-dd"), facts.DepartsOn.ToString("yyyy-MM-dd")));
            PlannedDepartureOn = facts.DepartsOn;
        }
        Touch(at, by);
        return booking;
    }

    /// <summary>The pre-departure briefing: the allowance paid and everyone's consent to the return re-confirmed.</summary>
    public void RecordPreDepartureBriefing(DateOnly briefedOn, decimal allowance, string currency, bool consentReconfirmed, DateTime at, string by)
    {
        RequireOpen();
        var booking = RequireActiveBooking();
        if (briefedOn > DateOnly.FromDateTime(at).AddDays(1))
            throw new CaseRuleException("form.briefedOn", "The briefing's date is in the future.");
        if (briefedOn > booking.DepartsOn)
            throw new CaseRuleException("form.briefedOn", "The briefing is after the flight.");
        if (!consentReconfirmed)
            throw new CaseRuleException("form.consentReconfirmed",
                "Everyone travelling must re-confirm that they want to return. Whoever no longer does withdraws from the return on the case page; then record the briefing.");
        if (allowance < 0)
            throw new CaseRuleException("form.allowanceAmount", "The allowance cannot be negative.");
        booking.RecordBriefing(briefedOn, allowance, currency);
        _changes.Add(new CaseChange(CaseSections.TravelDocuments, $"bookings[{booking.Id}].briefing", null, $"briefed on {briefedOn:yyyy-MM-dd}, allowance {allowance:0.##} {currency}, consent re-confirmed"));
        Touch(at, by);
    }

    /// <summary>
    /// The fit-to-travel check of a household with a medical need, done no earlier than <paramref name="windowDays"/>
    /// days before the flight. Fit needs the airline's medical form done; not fit, the booking is cancelled and the
    /// household is booked again once fit.
    /// </summary>
    public void RecordFitToTravel(DateOnly checkedOn, bool fit, bool airlineMedicalFormDone, int windowDays, DateTime at, string by)
    {
        RequireOpen();
        var booking = RequireActiveBooking();
        if (checkedOn > DateOnly.FromDateTime(at).AddDays(1))
            throw new CaseRuleException("form.checkedOn", "The check's date is in the future.");
        if (checkedOn > booking.DepartsOn || checkedOn < booking.DepartsOn.AddDays(-windowDays))
            throw new CaseRuleException("form.checkedOn",
                $"The check must be done in the {windowDays} days before the flight on {booking.DepartsOn:yyyy-MM-dd}.");
        if (fit && !airlineMedicalFormDone)
            throw new CaseRuleException("form.airlineMedicalFormDone", "The airline's medical form must be done before someone with a medical need flies.");
        booking.RecordFitToTravel(checkedOn, fit, airlineMedicalFormDone);
        _changes.Add(new CaseChange(CaseSections.TravelDocuments, $"bookings[{booking.Id}].fitToTravel", null, fit ? "fit to travel" : "not fit to travel"));
        if (!fit)
        {
            booking.End(BookingStatus.Cancelled, checkedOn, "not fit to travel", at, by);
            _changes.Add(new CaseChange(CaseSections.TravelDocuments, $"bookings[{booking.Id}].status", nameof(BookingStatus.Booked), nameof(BookingStatus.Cancelled)));
        }
        Touch(at, by);
    }

    /// <summary>
    /// How the flight went. Departed: everyone on the booking still taking part reaches the "departed" milestone, the
    /// fit-to-travel check being met where it is needed. A no-show or a failed departure ends the booking (the
    /// household is booked again, or the case proposed for closure).
    /// </summary>
    public void RecordDepartureOutcome(BookingStatus outcome, DateOnly on, string? note, DateTime at, string by)
    {
        RequireOpen();
        if (outcome is not (BookingStatus.Departed or BookingStatus.NoShow or BookingStatus.DepartureFailed))
            throw new CaseRuleException("outcome", "A departure is departed, a no-show or failed.");
        var booking = RequireActiveBooking();
        if (on > DateOnly.FromDateTime(at).AddDays(1))
            throw new CaseRuleException("form.on", "The date is in the future.");
        if (on < booking.DepartsOn.AddDays(-1))
            throw new CaseRuleException("form.on", $"The date is before the flight on {booking.DepartsOn:yyyy-MM-dd}.");
        if (outcome == BookingStatus.Departed && UnmetGates([CaseGates.FitToTravel, CaseGates.Handover], ReferenceData.ReturnStatus.Open) is { Count: > 0 } unmet)
            throw new CaseRuleException("outcome", $"They cannot have departed: {string.Join("; ", unmet.Select(CaseGates.Describe))}.");
        booking.End(outcome, on, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), at, by);
        _changes.Add(new CaseChange(CaseSections.TravelDocuments, $"bookings[{booking.Id}].status", nameof(BookingStatus.Booked), outcome.ToString()));
        if (outcome == BookingStatus.Departed)
            ReachMilestone(Milestone.Departed, Participants.Where(p => booking.TravellerIds.Contains(p.Id)), on, CaseSections.TravelDocuments);
        Touch(at, by);
    }

    private TravelBooking RequireActiveBooking() =>
        ActiveBooking ?? throw new CaseRuleException("booking", "The household has no booking: book the flight first.");

    private static BookingFacts Clean(BookingFacts facts) => facts with
    {
        FlightNumber = facts.FlightNumber.Trim().ToUpperInvariant(),
        Route = facts.Route.Trim(),
        Escort = string.IsNullOrWhiteSpace(facts.Escort) ? null : facts.Escort.Trim(),
        GroupReference = string.IsNullOrWhiteSpace(facts.GroupReference) ? null : facts.GroupReference.Trim().ToUpperInvariant(),
    };
}
