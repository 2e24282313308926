using ReturnWorkflows.Cases.ReferenceData;

namespace ReturnWorkflows.Server.Cases;

/// <summary>An office as administrators send it; on update the code comes from the address (and may be repeated here).</summary>
internal sealed record OfficeRequest(string? Code, string Name, string Country, string TimeZone, bool HostsMigrants, bool ReceivesReturnees,
    int? DepartureDeadlineWarningDays = null);

internal sealed record CountryOfReturnRequest(string? Code, string Name, string? LocalName, ReturnStatus Status, DateOnly StatusEffectiveFrom);

internal sealed record ProgrammeRequest(
    string? Id, string Name, string Donor, string Currency, DateOnly StartDate, DateOnly LastIntakeDate, DateOnly LastDepartureDate, DateOnly EndDate,
    IReadOnlyList<string> Offices, IReadOnlyList<string>? Managers, int ReturnsTarget, int ReintegrationTarget, string? LifecycleWorkflowId,
    decimal? CapPerPerson, decimal? CapPerHousehold, IReadOnlyList<string>? CapApprovers = null);

internal sealed record SurveyRequest(string? Id, string? Title, IReadOnlyList<ReturnWorkflows.Cases.ReferenceData.SurveyQuestion>? Questions);
