namespace ReturnWorkflows.Cases.Model;

/// <summary>What an intake records: where the case is held, where the household would return, and who they are.</summary>
/// <param name="IsTest">A practice case (training, trying a workflow out): worked like any other, left out of the reports.</param>
public sealed record CaseOpening(string HostOffice, string CountryOfReturn, string ProgrammeId, NewPerson Principal, IReadOnlyList<NewPerson> Members,
    bool IsTest = false);
