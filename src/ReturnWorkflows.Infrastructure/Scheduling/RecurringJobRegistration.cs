using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Hosting;
using ReturnWorkflows.Engine.Calendars;
using ReturnWorkflows.Infrastructure.Scheduling.Timers;

namespace ReturnWorkflows.Infrastructure.Scheduling;

/// <summary>
/// Registers the recurring jobs at start under stable ids, with AddOrUpdate, and asks for the timers lacking a wake-up
/// job to get one (<see cref="TimerRecoveryJob.ScheduleMissingAsync"/>). Hangfire keeps a job's next run when its
/// cron and time zone are unchanged, so a restart after an outage still runs what was missed, once ("relaxed"
/// misfire handling), and does not replay each missed occurrence. Digests of time zones no longer configured are removed.
/// </summary>
public sealed class RecurringJobRegistration(IRecurringJobManager jobs, IBackgroundJobClient client, JobStorage storage, OfficeCalendars calendars,
    SchedulerSettings settings) : IHostedService
{
    /// <summary>The recurring job that woke timers before each had its own job; removed where it is still registered.</summary>
    public const string RetiredDrainJobId = "timer-drain";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Register(jobs, storage, calendars, settings);
        client.Enqueue<TimerRecoveryJob>(job => job.ScheduleMissingAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static void Register(IRecurringJobManager jobs, JobStorage storage, OfficeCalendars calendars, SchedulerSettings settings)
    {
        var relaxed = new RecurringJobOptions { MisfireHandling = MisfireHandlingMode.Relaxed };
        jobs.AddOrUpdate<TimerRecoveryJob>(TimerRecoveryJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), IntervalCron.From(settings.RecoveryInterval), relaxed);
        jobs.RemoveIfExists(RetiredDrainJobId);
        jobs.AddOrUpdate<OutboxDispatchJob>(OutboxDispatchJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), IntervalCron.From(settings.OutboxInterval), relaxed);
        jobs.AddOrUpdate<OverdueSweepJob>(OverdueSweepJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), IntervalCron.From(settings.OverdueSweepInterval), relaxed);

        var zones = calendars.TimeZones.ToDictionary(DailyDigestJob.RecurringJobIdFor);
        foreach (var (id, zone) in zones)
        {
            var zoneId = zone.Id;
            jobs.AddOrUpdate<DailyDigestJob>(id, job => job.RunAsync(zoneId, CancellationToken.None), IntervalCron.DailyAt(settings.DigestTimeOfDay),
                new RecurringJobOptions { TimeZone = zone, MisfireHandling = MisfireHandlingMode.Relaxed });
        }
        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Select(j => j.Id).Where(id => id.StartsWith(DailyDigestJob.RecurringJobIdPrefix, StringComparison.Ordinal) && !zones.ContainsKey(id)))
            jobs.RemoveIfExists(stale);
    }
}
