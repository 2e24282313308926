namespace ReturnWorkflows.Cases.Model;

// The hand-over to the origin office (domain.md, "Transfers and referrals"): offered by the host office, accepted or
// declined by the origin office, declined by itself without a reaction. Only with someone's transfer consent.
public sealed partial class ReturnCase
{
    private readonly List<Handover> _handovers = [];

    public IReadOnlyList<Handover> Handovers => _handovers;

    /// <summary>The offer waiting for the origin office's decision, if any.</summary>
    public Handover? PendingHandover => _handovers.FirstOrDefault(h => h.Status == HandoverStatus.Offered);

    /// <summary>The origin office that accepted the case (it holds the later steps); null before.</summary>
    public string? AcceptedBy => _handovers.LastOrDefault(h => h.Status == HandoverStatus.Accepted)?.OriginOffice;

    /// <summary>
    /// Offers the case to <paramref name="originOffice"/> with the needs assessment. The assessment is about the whole
    /// household, so everyone taking part must have consented to the transfer of their data; refused too with an offer
    /// pending or accepted.
    /// </summary>
    public Handover OfferHandover(string originOffice, string needsAssessment, DateTime at, string by)
    {
        RequireOpen();
        if (Participants.Any(p => !p.HasConsented(ConsentKind.TransferToOriginOfficeAndPartners)))
            throw new CaseRuleException("consent", "Not everyone taking part has consented to their data going to the origin office: record their consent, or their withdrawal from the return, first.");
        if (PendingHandover is not null)
            throw new CaseRuleException("handover", "The case is offered to the origin office already and waits for its decision.");
        if (AcceptedBy is { } accepted)
            throw new CaseRuleException("handover", $"The origin office {accepted} accepted the case already.");
        var offer = new Handover(NewRecordId(), Id, originOffice, needsAssessment.Trim(), at, by);
        _handovers.Add(offer);
        // The assessment is about the persons: the trail says to whom it went, not what it says.
        _changes.Add(new CaseChange(CaseSections.Handover, $"handovers[{offer.Id}]", null, $"offered to {originOffice}"));
        Touch(at, by);
        return offer;
    }

    /// <summary>The origin office's decision on the pending offer; <paramref name="by"/> null: it declined by itself (no reaction in time).</summary>
    public void DecideHandover(bool accept, string? note, DateTime at, string? by)
    {
        RequireOpen();
        var offer = PendingHandover ?? throw new CaseRuleException("handover", "No offer to the origin office waits for a decision.");
        if (by is not null && !accept && string.IsNullOrWhiteSpace(note))
            throw new CaseRuleException("form.note", "Say why the origin office declines the case.");
        var status = accept ? HandoverStatus.Accepted : by is null ? HandoverStatus.DeclinedByItself : HandoverStatus.Declined;
        offer.Decide(status, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), at, by);
        _changes.Add(new CaseChange(CaseSections.Handover, $"handovers[{offer.Id}].status", nameof(HandoverStatus.Offered), status.ToString()));
        Touch(at, by ?? "system");
    }

    /// <summary>The origin office confirms that everyone who departed arrived: each reaches the "arrived" milestone.</summary>
    public void ConfirmArrival(DateOnly arrivedOn, DateTime at, string by)
    {
        RequireOpen();
        var flight = _bookings.LastOrDefault(b => b.Status == BookingStatus.Departed)
                     ?? throw new CaseRuleException("booking", "Nobody of the case has departed yet.");
        if (arrivedOn > DateOnly.FromDateTime(at).AddDays(1))
            throw new CaseRuleException("form.arrivedOn", "The date is in the future.");
        if (arrivedOn < flight.OutcomeOn)
            throw new CaseRuleException("form.arrivedOn", $"They departed on {flight.OutcomeOn:yyyy-MM-dd}; they cannot have arrived before.");
        if (ReachMilestone(Milestone.Arrived, Participants.Where(p => flight.TravellerIds.Contains(p.Id) && p.DepartedOn is not null), arrivedOn, CaseSections.Handover) > 0)
            Touch(at, by);
    }
}
