namespace ReturnWorkflows.Cases.Model;

// Travel documents (domain.md, lifecycle step 6): the request to the embassy, which needs everyone's consent to
// contacting it, and the documents received, whose expiry must be after the planned departure.
public sealed partial class ReturnCase
{
    private readonly List<TravelDocumentRequestRecord> _travelDocumentRequests = [];
    private readonly List<TravelDocument> _travelDocuments = [];

    public IReadOnlyList<TravelDocumentRequestRecord> TravelDocumentRequests => _travelDocumentRequests;
    public IReadOnlyList<TravelDocument> TravelDocuments => _travelDocuments;

    /// <summary>The day the household is planned to leave, once known (set by the booking; until then, none).</summary>
    public DateOnly? PlannedDepartureOn { get; private set; }

    /// <summary>
    /// The request sent to the embassy or consular authority. It reveals the persons to their own state, so it is
    /// refused while anyone's consent to contacting the embassy is missing or withdrawn, whatever path records it.
    /// </summary>
    public TravelDocumentRequestRecord RecordTravelDocumentRequest(string authority, DateOnly requestedOn, string? reference, DateTime at, string by)
    {
        RequireOpen();
        if (UnmetGates([CaseGates.EmbassyContactConsent], ReferenceData.ReturnStatus.Open).Count > 0)
            throw new CaseRuleException("consent", $"The embassy cannot be asked yet: {CaseGates.Describe(CaseGates.EmbassyContactConsent)}.");
        if (requestedOn > DateOnly.FromDateTime(at).AddDays(1)) // a day's grace: the office may be ahead of UTC
            throw new CaseRuleException("form.requestedOn", "The request date is in the future.");
        var request = new TravelDocumentRequestRecord(NewRecordId(), Id, authority.Trim(), requestedOn, string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(), at, by);
        _travelDocumentRequests.Add(request);
        _changes.Add(new CaseChange(CaseSections.TravelDocuments, $"travelDocumentRequests[{request.Id}]", null, $"requested on {requestedOn:yyyy-MM-dd}"));
        Touch(at, by);
        return request;
    }

    /// <summary>
    /// One document received for everyone still taking part whose data may be processed (a collective laissez-passer):
    /// each gets it and the "document obtained" milestone, or, if one is refused, nobody does.
    /// </summary>
    public IReadOnlyList<TravelDocument> RecordTravelDocumentReceived(TravelDocumentFacts facts, DateTime at, string by)
    {
        var holders = Participants.Where(p => p.MayBeProcessed).ToList();
        if (holders.Count == 0)
            throw new CaseRuleException("persons", "Nobody in the case still takes part in the return.");
        CheckTravelDocument(facts, at, "form.");
        return holders.Select(p => RecordTravelDocumentReceived(p.Id, facts, at, by)).ToList();
    }

    /// <summary>
    /// The document one person received: they get it and the "document obtained" milestone. Refused, changing nothing,
    /// when it expires on or before the planned departure; the errors are named <paramref name="field"/> + "expiresOn".
    /// </summary>
    public TravelDocument RecordTravelDocumentReceived(string personId, TravelDocumentFacts facts, DateTime at, string by, string field = "form.")
    {
        RequireOpen();
        var person = Participants.FirstOrDefault(p => p.Id == personId && p.MayBeProcessed)
                     ?? throw new CaseRuleException(field + "personId", "The document's holder no longer takes part in the return (or is not in the case).");
        CheckTravelDocument(facts, at, field);
        var document = new TravelDocument(NewRecordId(), Id, person.Id, facts with { Number = facts.Number.Trim() }, at, by);
        _travelDocuments.Add(document);
        person.MarkTravelDocumentObtained(at);
        // The number identifies the person: the trail says what and until when, not which.
        _changes.Add(new CaseChange(CaseSections.TravelDocuments, $"persons[{person.Id}].travelDocuments[{document.Id}]", null,
            $"{facts.Kind}, expires {facts.ExpiresOn:yyyy-MM-dd}"));
        Touch(at, by);
        return document;
    }

    /// <summary>The document <paramref name="personId"/> would travel on: their latest.</summary>
    public TravelDocument? CurrentTravelDocumentOf(string personId) =>
        _travelDocuments.Where(d => d.PersonId == personId).OrderBy(d => d.RecordedAt).LastOrDefault();

    private void CheckTravelDocument(TravelDocumentFacts facts, DateTime at, string field)
    {
        if (facts.ReceivedOn > DateOnly.FromDateTime(at).AddDays(1))
            throw new CaseRuleException("form.receivedOn", "The date received is in the future."); // asked once for all rows
        if (facts.ExpiresOn <= facts.ReceivedOn)
            throw new CaseRuleException(field + "expiresOn", "The document has expired.");
        if (PlannedDepartureOn is { } departure && facts.ExpiresOn <= departure)
            throw new CaseRuleException(field + "expiresOn",
                $"The document expires on {facts.ExpiresOn:yyyy-MM-dd}, not after the planned departure on {departure:yyyy-MM-dd}: it cannot be used for the journey.");
    }

    /// <summary>The planned departure (null: not known); refused when a document someone travels on would expire by then.</summary>
    public void PlanDeparture(DateOnly? on, DateTime at, string by)
    {
        RequireOpen();
        if (on == PlannedDepartureOn) return;
        if (ActiveBooking is { } booked)
            throw new CaseRuleException("plannedDeparture", $"The household is booked on {booked.FlightNumber} on {booked.DepartsOn:yyyy-MM-dd}: the flight sets the departure; book again to change it.");
        if (on is { } day && CurrentTravelDocuments().FirstOrDefault(d => d.ExpiresOn <= day) is { } expiring)
            throw new CaseRuleException("plannedDeparture",
                $"A travel document of the case expires on {expiring.ExpiresOn:yyyy-MM-dd}, not after {day:yyyy-MM-dd}: record a new one first, or plan an earlier day.");
        _changes.Add(new CaseChange(CaseSections.TravelDocuments, "plannedDeparture", PlannedDepartureOn?.ToString("yyyy-MM-dd"), on?.ToString("yyyy-MM-dd")));
        PlannedDepartureOn = on;
        Touch(at, by);
    }

    /// <summary>Each participant's latest document, the one they would travel on.</summary>
    private IEnumerable<TravelDocument> CurrentTravelDocuments() =>
        Participants.Select(p => CurrentTravelDocumentOf(p.Id)).OfType<TravelDocument>();
}
