namespace ReturnWorkflows.Cases.Travel;

/// <summary>
/// The cases waiting for their flight to be booked: each has an open flight-booking task a user may take (their
/// office's queue, or assigned to them). Codes and counts only; whoever books opens the case for its people.
/// </summary>
public interface IFlightBookingQueue
{
    /// <param name="caseIds">Only these cases; null: all the user may book, the flight-booking tasks due first.</param>
    Task<IReadOnlyList<WaitingForFlight>> WaitingAsync(Engine.Tasks.TaskActor actor, IReadOnlyCollection<string>? caseIds, CancellationToken cancellationToken);
}

/// <param name="TaskId">The open flight-booking task a group booking completes.</param>
/// <param name="Travellers">How many persons take part in the return now.</param>
/// <param name="DocumentsExpireOn">The earliest expiry of the travel documents they hold: no flight on or after it.</param>
public sealed record WaitingForFlight(string TaskId, string CaseId, string CaseNumber, string CountryOfReturn, int Travellers,
    DateOnly? DocumentsExpireOn, DateTime? DueAt);
