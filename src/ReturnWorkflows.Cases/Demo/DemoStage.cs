namespace ReturnWorkflows.Cases.Demo;

/// <summary>
/// How far a demo case has come through the shipped lifecycle when the demo starts, each stage the one before it plus
/// the steps named. The seeding works the case's tasks up to it as the office's demo staff would, on backdated days, so
/// that a first start shows every inbox with work in it and cases at every stage, not a dozen fresh intakes.
/// </summary>
public enum DemoStage
{
    /// <summary>Just opened: the intake review waits for the counsellor.</summary>
    Intake,

    /// <summary>Intake reviewed and the counselling session held (decided to return): the protection screen is next.</summary>
    Counselled,

    /// <summary>Screened, proposed and approved as eligible by the supervisor: the consents of the second phase are next.</summary>
    EligibilityApproved,

    /// <summary>Consents given and the travel document requested: the office waits for the embassy.</summary>
    TravelDocumentRequested,

    /// <summary>The travel document received, the flight booked for the days ahead and the returnees briefed: the hand-over is next.</summary>
    FlightBooked,

    /// <summary>Handed over, departed and arrived: the origin office drafts the reintegration plan (one item so far).</summary>
    Arrived,

    /// <summary>The plan approved and delivered, the baseline survey taken and the first monitoring visit held: the next visit is coming.</summary>
    Monitored,
}
