using ReturnWorkflows.Cases.Model;
using static ReturnWorkflows.Cases.Tests.People;

namespace ReturnWorkflows.Cases.Tests;

/// <summary>A case's stage is the furthest milestone anyone of it reached, whatever wrote it; Closed once closed.</summary>
public sealed class CaseStageTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    [Fact]
    public void The_stage_follows_the_milestones_and_ends_closed()
    {
        var household = OpenCase();
        Assert.Equal(CaseStage.Intake, household.Stage);

        household.RecordTravelDocumentReceived(new TravelDocumentFacts(TravelDocumentKind.LaissezPasser, "LP 1", Today.AddMonths(3), Today), Now, "operations");
        Assert.Equal(CaseStage.TravelDocumentObtained, household.Stage);
        household.RecordConsent(household.Principal.Id, Consent(ConsentKind.TransferToOriginOfficeAndPartners), Now, "counsellor");
        household.OfferHandover("PK-ISB", "Housing", Now, "counsellor");
        household.DecideHandover(true, null, Now, "reintegration");
        household.BookTravel(new BookingFacts("TK 1022", Today, "SJJ - IST - ISB", null, null), Now, "operations");
        household.RecordDepartureOutcome(BookingStatus.Departed, Today, null, Now, "operations");
        Assert.Equal(CaseStage.Departed, household.Stage);

        household.ProposeClosure(ClosureReason.SupportPeriodEnded, null, Now, "reintegration");
        household.ApproveClosure(Now.AddDays(1), "manager");
        Assert.Equal(CaseStage.Closed, household.Stage);
    }
}
