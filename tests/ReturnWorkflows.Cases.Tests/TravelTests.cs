using ReturnWorkflows.Cases.Model;
using static ReturnWorkflows.Cases.Tests.People;

namespace ReturnWorkflows.Cases.Tests;

/// <summary>
/// Pre-departure and departure on the aggregate: nobody is booked without a document valid after the flight, the
/// briefing needs the re-confirmed consent, a medical need needs a fit-to-travel check in its window, and only a
/// departure writes the "departed" milestone.
/// </summary>
public sealed class TravelTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);
    private static readonly BookingFacts Flight = new(" tk 1022 ", Today.AddDays(20), "SJJ - IST - ISB", null, " grp-7 ");

    [Fact]
    public void A_household_without_travel_documents_is_not_booked()
    {
        var household = OpenCase(new NewPerson(Child(), Consent(guardian: "Mother Khan")));

        var refused = Assert.Throws<CaseRuleException>(() => household.BookTravel(Flight, Now, "operations"));

        Assert.Contains("travel document", refused.Message);
        Assert.Empty(household.Bookings);
        Assert.Contains(CaseGates.TravelDocument, household.UnmetGates(CaseGates.All, ReferenceData.ReturnStatus.Open));
    }

    [Fact]
    public void A_flight_after_a_documents_expiry_is_refused_and_a_rebooking_cancels_the_booking_before()
    {
        var household = Documented(expiresOn: Today.AddDays(30));

        var refused = Assert.Throws<CaseRuleException>(() => household.BookTravel(Flight with { DepartsOn = Today.AddDays(30) }, Now, "operations"));
        Assert.Equal("form.departsOn", Assert.Single(refused.Errors).Key);
        Assert.Empty(household.Bookings);

        var first = household.BookTravel(Flight, Now, "operations");
        Assert.Equal(("TK 1022", "GRP-7", BookingStatus.Booked), (first.FlightNumber, first.GroupReference, first.Status));
        Assert.Equal(household.Persons.Select(p => p.Id).Order(), first.TravellerIds.Order());
        Assert.Equal(Flight.DepartsOn, household.PlannedDepartureOn);
        // The flight sets the departure: it is not edited apart from it.
        Assert.Equal("plannedDeparture", Assert.Single(Assert.Throws<CaseRuleException>(() => household.PlanDeparture(Today.AddDays(28), Now, "operations")).Errors).Key);

        var second = household.BookTravel(Flight with { FlightNumber = "JU 681", DepartsOn = Today.AddDays(25), GroupReference = null }, Now.AddHours(1), "operations");
        Assert.Equal(BookingStatus.Cancelled, first.Status);
        Assert.Same(second, household.ActiveBooking);
        Assert.Equal(Today.AddDays(25), household.PlannedDepartureOn);
    }

    [Fact]
    public void The_briefing_is_recorded_only_with_everyones_consent_re_confirmed()
    {
        var household = Documented();
        Assert.Throws<CaseRuleException>(() => household.RecordPreDepartureBriefing(Today, 50, "EUR", true, Now, "counsellor")); // not booked
        household.BookTravel(Flight, Now, "operations");

        var refused = Assert.Throws<CaseRuleException>(() => household.RecordPreDepartureBriefing(Today, 50, "EUR", consentReconfirmed: false, Now, "counsellor"));
        Assert.Equal("form.consentReconfirmed", Assert.Single(refused.Errors).Key);
        Assert.Null(household.ActiveBooking!.BriefedOn);

        household.RecordPreDepartureBriefing(Today, 50, "EUR", true, Now, "counsellor");
        Assert.Equal((Today, 50m, "EUR", Today), (household.ActiveBooking.BriefedOn, household.ActiveBooking.AllowanceAmount, household.ActiveBooking.AllowanceCurrency,
            household.ActiveBooking.ConsentReconfirmedOn));
    }

    [Fact]
    public void A_medical_need_needs_a_fit_to_travel_check_inside_the_window_before_anyone_departs()
    {
        var household = Documented();
        household.RecordVulnerability(household.Principal.Id, VulnerabilityKind.MedicalNeeds, "insulin", Now, "counsellor");
        var booking = household.BookTravel(Flight, Now, "operations");
        Assert.Contains(CaseGates.FitToTravel, household.UnmetGates(CaseGates.All, ReferenceData.ReturnStatus.Open));

        // They cannot have departed before being found fit.
        var notYet = Assert.Throws<CaseRuleException>(() => household.RecordDepartureOutcome(BookingStatus.Departed, booking.DepartsOn, null, Now.AddDays(20), "operations"));
        Assert.Contains("fit-to-travel", notYet.Message);
        // A check a week before a flight whose window is three days is too early.
        var early = Assert.Throws<CaseRuleException>(() => household.RecordFitToTravel(booking.DepartsOn.AddDays(-7), true, true, 3, Now.AddDays(13), "operations"));
        Assert.Equal("form.checkedOn", Assert.Single(early.Errors).Key);
        // Fit needs the airline's medical form.
        Assert.Throws<CaseRuleException>(() => household.RecordFitToTravel(booking.DepartsOn.AddDays(-2), true, false, 3, Now.AddDays(18), "operations"));

        household.RecordFitToTravel(booking.DepartsOn.AddDays(-2), true, true, 3, Now.AddDays(18), "operations");
        Assert.DoesNotContain(CaseGates.FitToTravel, household.UnmetGates(CaseGates.All, ReferenceData.ReturnStatus.Open));
        household.RecordDepartureOutcome(BookingStatus.Departed, booking.DepartsOn, null, Now.AddDays(20), "operations");

        Assert.Equal(BookingStatus.Departed, booking.Status);
        Assert.All(household.Persons, p => Assert.Equal(booking.DepartsOn, p.ReachedOn(Milestone.Departed)));
        Assert.Null(household.ActiveBooking);
    }

    [Fact]
    public void Not_fit_to_travel_cancels_the_booking_and_a_no_show_reaches_no_milestone()
    {
        var household = Documented();
        household.RecordVulnerability(household.Principal.Id, VulnerabilityKind.MedicalNeeds, "surgery", Now, "counsellor");
        var unfit = household.BookTravel(Flight, Now, "operations");
        household.RecordFitToTravel(unfit.DepartsOn.AddDays(-1), false, false, 3, Now.AddDays(19), "operations");
        Assert.Equal(BookingStatus.Cancelled, unfit.Status);
        Assert.Contains(CaseGates.Booking, household.UnmetGates(CaseGates.All, ReferenceData.ReturnStatus.Open));

        var rebooked = household.BookTravel(Flight with { DepartsOn = Today.AddDays(40) }, Now.AddDays(19), "operations");
        household.RecordFitToTravel(rebooked.DepartsOn.AddDays(-1), true, true, 3, Now.AddDays(39), "operations");
        household.RecordDepartureOutcome(BookingStatus.NoShow, rebooked.DepartsOn, "did not come to the airport", Now.AddDays(40), "operations");

        Assert.Equal(BookingStatus.NoShow, rebooked.Status);
        Assert.All(household.Persons, p => Assert.Null(p.ReachedOn(Milestone.Departed)));
    }

    [Fact]
    public void The_origin_office_is_offered_the_case_only_with_a_transfer_consent_and_nobody_departs_before_it_accepted()
    {
        var household = Documented(accepted: false);
        var booking = household.BookTravel(Flight, Now, "operations");
        var noConsent = Assert.Throws<CaseRuleException>(() => household.OfferHandover("PK-ISB", "Housing for two", Now, "counsellor"));
        Assert.Equal("consent", Assert.Single(noConsent.Errors).Key);
        // The assessment is about everyone: one consent of two is not enough.
        household.RecordConsent(household.Principal.Id, Consent(ConsentKind.TransferToOriginOfficeAndPartners), Now, "counsellor");
        Assert.Throws<CaseRuleException>(() => household.OfferHandover("PK-ISB", "Housing for two", Now, "counsellor"));
        household.RecordConsent(household.Persons.Single(p => !p.IsPrincipal).Id, Consent(ConsentKind.TransferToOriginOfficeAndPartners), Now, "counsellor");
        var first = household.OfferHandover("PK-ISB", " Housing for two ", Now, "counsellor");
        Assert.Equal(("PK-ISB", "Housing for two", HandoverStatus.Offered), (first.OriginOffice, first.NeedsAssessment, first.Status));
        Assert.Throws<CaseRuleException>(() => household.OfferHandover("PK-ISB", "again", Now, "counsellor")); // one offer at a time
        // A person declining says why; nobody reacting declines it by itself.
        Assert.Equal("form.note", Assert.Single(Assert.Throws<CaseRuleException>(() => household.DecideHandover(false, " ", Now, "reintegration")).Errors).Key);
        household.DecideHandover(false, null, Now.AddDays(7), by: null);
        Assert.Equal((HandoverStatus.DeclinedByItself, null), (first.Status, first.DecidedBy));
        var refused = Assert.Throws<CaseRuleException>(() => household.RecordDepartureOutcome(BookingStatus.Departed, booking.DepartsOn, null, Now.AddDays(20), "operations"));
        Assert.Contains("origin office has not accepted", refused.Message);

        household.OfferHandover("PK-ISB", "Housing for two", Now.AddDays(8), "counsellor");
        household.DecideHandover(true, null, Now.AddDays(9), "reintegration");
        Assert.Equal("PK-ISB", household.AcceptedBy);
        Assert.Throws<CaseRuleException>(() => household.ConfirmArrival(booking.DepartsOn, Now.AddDays(21), "reintegration")); // nobody departed yet
        household.RecordDepartureOutcome(BookingStatus.Departed, booking.DepartsOn, null, Now.AddDays(20), "operations");
        Assert.Throws<CaseRuleException>(() => household.ConfirmArrival(booking.DepartsOn.AddDays(-1), Now.AddDays(21), "reintegration"));
        household.ConfirmArrival(booking.DepartsOn.AddDays(1), Now.AddDays(21), "reintegration");
        Assert.All(household.Persons, p => Assert.Equal(booking.DepartsOn.AddDays(1), p.ReachedOn(Milestone.Arrived)));
    }

    /// <summary>A household of two, both holding a laissez-passer received today, offered to and accepted by the origin office.</summary>
    private static ReturnCase Documented(DateOnly? expiresOn = null, bool accepted = true)
    {
        var household = OpenCase(new NewPerson(Adult("Nadia"), Consent()));
        household.RecordTravelDocumentReceived(new TravelDocumentFacts(TravelDocumentKind.LaissezPasser, "LP 1", expiresOn ?? Today.AddMonths(3), Today), Now, "operations");
        if (accepted)
        {
            foreach (var person in household.Persons)
                household.RecordConsent(person.Id, Consent(ConsentKind.TransferToOriginOfficeAndPartners), Now, "counsellor");
            household.OfferHandover("PK-ISB", "Housing for two", Now, "counsellor");
            household.DecideHandover(true, null, Now, "reintegration");
        }
        household.ClearPendingChanges();
        return household;
    }
}
