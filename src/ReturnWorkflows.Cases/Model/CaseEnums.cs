namespace ReturnWorkflows.Cases.Model;

public enum CaseStatus
{
    Open,
    Closed,
}

/// <summary>Why a case was closed (domain.md, lifecycle step 12).</summary>
public enum ClosureReason
{
    SupportPeriodEnded,
    CriteriaNoLongerMet,
    ReturneeOptedOut,
    MovedAway,
    ReMigrated,
    Died,
    Ineligible,
    WithdrewBeforeDeparture,
    LostContactBeforeDeparture,
    NoShow,
}

/// <summary>Sex as recorded for the indicators, which count individuals by sex and age.</summary>
public enum Sex
{
    Female,
    Male,
    NotRecorded,
}

/// <summary>How a person relates to the principal applicant.</summary>
public enum Relationship
{
    PrincipalApplicant,
    Spouse,
    Child,
    Parent,
    Sibling,
    OtherRelative,
    NotRelated,
}
