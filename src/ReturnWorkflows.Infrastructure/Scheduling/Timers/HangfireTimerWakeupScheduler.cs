using Hangfire;

namespace ReturnWorkflows.Infrastructure.Scheduling.Timers;

/// <summary>A timer's wake-up is a Hangfire delayed job for its due time, named by its label in the dashboard.</summary>
internal sealed class HangfireTimerWakeupScheduler(IBackgroundJobClient jobs) : ITimerWakeupScheduler
{
    public string? Schedule(WakeupToSchedule wakeup) =>
        jobs.Schedule<TimerWakeupJob>(job => job.RunAsync(wakeup.BookmarkId, wakeup.Label, null, CancellationToken.None),
            new DateTimeOffset(DateTime.SpecifyKind(wakeup.DueAt, DateTimeKind.Utc)));

    public void Delete(string jobId) => jobs.Delete(jobId);
}
