namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// How far a case has come, derived from its persons' milestone dates (the furthest anyone reached) and its status,
/// never from where a workflow stands: a redrawn flowchart cannot move a case between stages, and the list's filter
/// and column read the same rule in SQL (<see cref="ReturnCase.Stage"/>).
/// </summary>
public enum CaseStage
{
    /// <summary>Opened; nobody counselled yet.</summary>
    Intake,
    Counselled,
    DecidedToReturn,
    Eligible,
    TravelDocumentObtained,
    Departed,
    Arrived,
    PlanApproved,
    Closed,
}
