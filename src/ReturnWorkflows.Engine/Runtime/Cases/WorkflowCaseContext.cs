namespace ReturnWorkflows.Engine.Runtime.Cases;

/// <summary>
/// What an activity may read of the case its instance serves when it starts (which office takes the task, which of
/// its preconditions are unmet), loaded before the step and read-only: decisions come from the case as it is now,
/// never from a copy in a workflow variable. Deliberately small: codes, no personal data.
/// </summary>
/// <param name="OriginOffice">The office receiving returnees in the country of return, if the programme has one there.</param>
/// <param name="UnmetGates">The case's gates (precondition codes such as <c>protection-screen</c>) not met right now.</param>
/// <param name="OpenedAt">When the case was opened.</param>
/// <param name="LastReachedAt">The latest logged contact that reached someone of the case (a lost-contact watch reads it).</param>
/// <param name="ClosureProposedAt">When a closure waiting for a manager's decision was proposed; null when none waits.</param>
/// <param name="FlightDay">The day of the flight the household is booked on now, if any (a fit-to-travel check waits for its window).</param>
/// <param name="MonitoringPlannedAt">When the case's monitoring was last planned; null: never.</param>
/// <param name="NextMonitoringContact">The earliest monitoring contact still planned (its id and day), if any.</param>
public sealed record WorkflowCaseContext(string CaseId, string HostOffice, string? OriginOffice, string CountryOfReturn, IReadOnlySet<string> UnmetGates,
    DateTime? OpenedAt = null, DateTime? LastReachedAt = null, DateTime? ClosureProposedAt = null, DateOnly? FlightDay = null,
    DateTime? MonitoringPlannedAt = null, PlannedContact? NextMonitoringContact = null)
{
    public WorkflowCaseContext(string caseId, string hostOffice, string? originOffice, string countryOfReturn)
        : this(caseId, hostOffice, originOffice, countryOfReturn, new HashSet<string>()) { }
}

/// <summary>A contact planned on a day (a monitoring visit), by the id of its record on the case.</summary>
public sealed record PlannedContact(string Id, DateOnly Day);

/// <summary>Loads a <see cref="WorkflowCaseContext"/>; the case domain implements it. Without one, activities see no case.</summary>
public interface IWorkflowCaseContextLoader
{
    Task<WorkflowCaseContext?> LoadAsync(string caseId, CancellationToken cancellationToken);
}

/// <summary>For an engine without a case domain (its own tests): no instance has a case to read.</summary>
public sealed class NoCaseContext : IWorkflowCaseContextLoader
{
    public Task<WorkflowCaseContext?> LoadAsync(string caseId, CancellationToken cancellationToken) => Task.FromResult<WorkflowCaseContext?>(null);
}
