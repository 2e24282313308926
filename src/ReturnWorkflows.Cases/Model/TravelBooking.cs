namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// The household's journey (domain.md, lifecycle steps 7 and 8): one booking for everyone taking part, with what
/// pre-departure adds to it (the briefing and allowance, the re-confirmed consent, the fit-to-travel check) and how it
/// ended (departed, no-show, failed). A rebooking cancels the booking it replaces, so no-shows and failed departures
/// stay countable. Cases on one flight share its <see cref="GroupReference"/>.
/// </summary>
public sealed class TravelBooking
{
    private TravelBooking() { }

    internal TravelBooking(string id, string caseId, BookingFacts facts, IReadOnlyList<string> travellerIds, DateTime bookedAt, string bookedBy)
    {
        Id = id;
        CaseId = caseId;
        FlightNumber = facts.FlightNumber;
        DepartsOn = facts.DepartsOn;
        Route = facts.Route;
        Escort = facts.Escort;
        GroupReference = facts.GroupReference;
        TravellerIds = [.. travellerIds];
        Status = BookingStatus.Booked;
        BookedAt = bookedAt;
        BookedBy = bookedBy;
    }

    public string Id { get; private set; } = "";
    public string CaseId { get; private set; } = "";

    /// <summary>The carrier's flight number of the first leg ("TK 1022").</summary>
    public string FlightNumber { get; private set; } = "";

    public DateOnly DepartsOn { get; private set; }

    /// <summary>The airports in order, as the ticket has them ("SJJ – IST – ISB").</summary>
    public string Route { get; private set; } = "";

    /// <summary>Who escorts them (a medical or operations escort, a guardian's representative); null: unescorted.</summary>
    public string? Escort { get; private set; }

    /// <summary>The group booking several cases share (one flight, one escort); null for a booking of its own.</summary>
    public string? GroupReference { get; private set; }

    /// <summary>The persons on the booking: everyone taking part when it was made.</summary>
    public List<string> TravellerIds { get; private set; } = [];

    public BookingStatus Status { get; private set; }
    public DateTime BookedAt { get; private set; }
    public string BookedBy { get; private set; } = "";

    public DateOnly? BriefedOn { get; private set; }

    /// <summary>The pre-departure allowance, in the programme's currency (<see cref="AllowanceCurrency"/>); 0 when none is paid.</summary>
    public decimal? AllowanceAmount { get; private set; }

    public string? AllowanceCurrency { get; private set; }

    /// <summary>The day everyone re-confirmed, at the briefing, that they still want to return (consent re-confirmed).</summary>
    public DateOnly? ConsentReconfirmedOn { get; private set; }

    /// <summary>The fit-to-travel check, only where a medical need is recorded: when, the result, and whether the airline's medical form is done.</summary>
    public DateOnly? FitCheckedOn { get; private set; }

    public bool? FitToTravel { get; private set; }
    public bool? AirlineMedicalFormDone { get; private set; }

    /// <summary>When the outcome (departed, no-show, failed) was recorded, by whom, and the day it happened.</summary>
    public DateOnly? OutcomeOn { get; private set; }

    public string? OutcomeNote { get; private set; }
    public DateTime? OutcomeRecordedAt { get; private set; }
    public string? OutcomeRecordedBy { get; private set; }

    public bool IsActive => Status == BookingStatus.Booked;

    internal void RecordBriefing(DateOnly briefedOn, decimal allowance, string currency)
    {
        BriefedOn = briefedOn;
        AllowanceAmount = allowance;
        AllowanceCurrency = currency;
        ConsentReconfirmedOn = briefedOn;
    }

    internal void RecordFitToTravel(DateOnly checkedOn, bool fit, bool airlineMedicalFormDone)
    {
        FitCheckedOn = checkedOn;
        FitToTravel = fit;
        AirlineMedicalFormDone = airlineMedicalFormDone;
    }

    internal void End(BookingStatus status, DateOnly on, string? note, DateTime at, string by)
    {
        Status = status;
        OutcomeOn = on;
        OutcomeNote = note;
        OutcomeRecordedAt = at;
        OutcomeRecordedBy = by;
    }
}

public enum BookingStatus
{
    Booked,
    Departed,
    NoShow,
    DepartureFailed,

    /// <summary>Replaced by a new booking before the flight (rebooked, or not fit to travel on that day).</summary>
    Cancelled,
}

/// <summary>A booking as the operations officer enters it; <paramref name="GroupReference"/> joins it to other cases on the same flight.</summary>
public sealed record BookingFacts(string FlightNumber, DateOnly DepartsOn, string Route, string? Escort, string? GroupReference);
