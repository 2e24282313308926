using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ReturnWorkflows.Engine.Calendars;
using ReturnWorkflows.Infrastructure.Scheduling;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>
/// The digest's Quartz trigger after an outage: the server was down for three mornings; when it starts, the digest
/// runs once (not three times, not never). Real Quartz, in-memory store, real seconds.
/// </summary>
public sealed class DailyDigestScheduleTests
{
    private static readonly ConcurrentDictionary<string, int> Runs = new();

    [Fact]
    public async Task After_an_outage_the_missed_digest_runs_once_and_the_schedule_goes_on()
    {
        var name = $"digest-test-{Guid.NewGuid():N}";
        var clock = new ShiftedClock { Shift = TimeSpan.FromDays(-3) };
        await using var services = new ServiceCollection().AddLogging()
            .AddQuartz(quartz =>
            {
                quartz.ConfigureScheduler(options => options.InstanceName = name);
                quartz.UseInMemoryStore();
                quartz.UseTimeProvider(clock);
            })
            .BuildServiceProvider();
        var factory = services.GetRequiredService<ISchedulerFactory>();
        var scheduler = await factory.GetScheduler();
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Sarajevo");
            var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).AddHours(-1);
            var digestTime = new TimeSpan(local.Hour, local.Minute, 0);
            await scheduler.AddJob(JobBuilder.Create<CountingJob>().WithIdentity(DailyDigestJob.Key).UsingJobData("name", name).StoreDurably().Build(), AddJobOptions.Replacing);
            // Scheduled three days ago, then the server was down over three digest mornings.
            await scheduler.ScheduleJob(DailyDigestTriggers.Build(DailyDigestJob.Key, zone, digestTime, clock), new ScheduleJobOptions());
            clock.Shift = TimeSpan.Zero;

            // Start-up keeps the unchanged trigger (replacing it would skip the missed morning), then Quartz starts.
            var calendars = new OfficeCalendars(new CalendarOptions { Default = new OfficeCalendarSettings { TimeZone = zone.Id } });
            await new DailyDigestTriggers(factory, calendars, new SchedulerSettings { DigestTimeOfDay = digestTime }).StartAsync(CancellationToken.None);
            await scheduler.Start();
            await Task.Delay(TimeSpan.FromSeconds(3));

            Assert.Equal(1, Runs.GetValueOrDefault(name));
            var next = (await scheduler.GetTrigger(DailyDigestTriggers.KeyFor(zone)))!.NextFireTimeUtc!.Value;
            Assert.InRange(next - DateTimeOffset.UtcNow, TimeSpan.FromHours(22), TimeSpan.FromHours(24)); // tomorrow at the digest hour
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }
    }

    private sealed class ShiftedClock : TimeProvider
    {
        public TimeSpan Shift { get; set; }
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
    }

    private sealed class CountingJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            Runs.AddOrUpdate(context.MergedJobDataMap.GetString("name")!, 1, (_, n) => n + 1);
            return ValueTask.CompletedTask;
        }
    }
}
