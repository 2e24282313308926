using System.Globalization;
using Microsoft.Extensions.Hosting;
using Quartz;
using ReturnWorkflows.Engine.Calendars;

namespace ReturnWorkflows.Infrastructure.Scheduling;

/// <summary>
/// One cron trigger per office time zone, firing at the digest hour local time. After an outage a missed digest
/// runs once and the schedule goes on ("fire once and proceed"), not once per missed day. A trigger that already
/// exists unchanged is kept as it is at start: replacing it would recompute its next time from now and silently drop
/// the digest missed while the server was down.
/// </summary>
public sealed class DailyDigestTriggers(ISchedulerFactory schedulers, OfficeCalendars calendars, SchedulerSettings settings) : IHostedService
{
    private const string Group = "return-workflows-digests";

    public static TriggerKey KeyFor(TimeZoneInfo zone) => new($"daily-digest:{zone.Id}", Group);

    public static string CronFor(TimeSpan timeOfDay) =>
        string.Create(CultureInfo.InvariantCulture, $"0 {timeOfDay.Minutes} {timeOfDay.Hours} * * ?");

    public static ITrigger Build(JobKey job, TimeZoneInfo zone, TimeSpan timeOfDay, TimeProvider clock) =>
        TriggerBuilder.Create(clock)
            .ForJob(job)
            .WithIdentity(KeyFor(zone))
            .UsingJobData(DailyDigestJob.TimeZoneKey, zone.Id)
            .StartAt(clock.GetUtcNow())
            .WithCronSchedule(CronFor(timeOfDay), cron => cron.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var wanted = calendars.TimeZones.ToDictionary(KeyFor);
        foreach (var stale in (await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(Group), cancellationToken)).Where(k => !wanted.ContainsKey(k)))
            await scheduler.UnscheduleJob(stale, cancellationToken);
        foreach (var (key, zone) in wanted)
        {
            var trigger = Build(DailyDigestJob.Key, zone, settings.DigestTimeOfDay, scheduler.TimeProvider);
            var existing = await scheduler.GetTrigger(key, cancellationToken) as ICronTrigger;
            if (existing is null)
                await scheduler.ScheduleJob(trigger, new ScheduleJobOptions(), cancellationToken);
            else if (existing.CronExpressionString != CronFor(settings.DigestTimeOfDay) || existing.TimeZone.Id != zone.Id)
                await scheduler.RescheduleJob(key, trigger, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
