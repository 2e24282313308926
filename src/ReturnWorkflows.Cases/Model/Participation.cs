namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// Whether a person still takes part in the return. One member dropping the return does not close the case: the
/// others go on under the same number (domain.md, "People, not only cases").
/// </summary>
public enum Participation
{
    Participating,
    WithdrewFromReturn,
}

/// <summary>Why a person dropped the return; what the reports count withdrawals by.</summary>
public enum WithdrawalReason
{
    ChangedMind,
    FamilyReasons,
    SafetyConcernsInCountryOfReturn,
    RightToStayObtained,
    LeftTheHostCountry,
    Other,
}
