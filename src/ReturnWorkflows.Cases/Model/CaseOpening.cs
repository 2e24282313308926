namespace ReturnWorkflows.Cases.Model;

/// <summary>What an intake records: where the case is held, where the household would return, and who they are.</summary>
public sealed record CaseOpening(string HostOffice, string CountryOfReturn, string ProgrammeId, NewPerson Principal, IReadOnlyList<NewPerson> Members);
