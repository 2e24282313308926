namespace ReturnWorkflows.Infrastructure.Scheduling.Timers;

/// <summary>Where wake-up jobs go: Hangfire in the server, nowhere in tests that drive timers by the drain.</summary>
public interface ITimerWakeupScheduler
{
    /// <returns>The job's id; null when there is no job store (the timer then waits for the drain).</returns>
    string? Schedule(WakeupToSchedule wakeup);

    void Delete(string jobId);
}

/// <summary>
/// No Hangfire configured (engine and persistence tests, tools): the rows stay without a job id, and timers fire when
/// the drain runs, as those tests drive it after moving their clock.
/// </summary>
internal sealed class NoTimerWakeupScheduler : ITimerWakeupScheduler
{
    public string? Schedule(WakeupToSchedule wakeup) => null;

    public void Delete(string jobId) { }
}
