using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Calendars;
using ReturnWorkflows.Engine.Tasks.Commands;
using ReturnWorkflows.Infrastructure.Scheduling;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>
/// The digest's Hangfire recurring job after an outage: the server was down over three digest mornings; when it
/// starts again (registering its recurring jobs as every start does), the digest runs once, not three times and not
/// never, and its next run is tomorrow. Real Hangfire server, in-memory storage, real seconds.
/// </summary>
public sealed class DailyDigestScheduleTests
{
    [Fact]
    public async Task After_an_outage_the_missed_digest_runs_once_and_the_schedule_goes_on()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Sarajevo");
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).AddHours(-1);
        var settings = new SchedulerSettings { DigestTimeOfDay = new TimeSpan(local.Hour, local.Minute, 0) };
        var calendars = new OfficeCalendars(new CalendarOptions { Default = new OfficeCalendarSettings { TimeZone = zone.Id } });
        using var storage = new InMemoryStorage();
        var jobs = new RecurringJobManager(storage);
        var digestId = DailyDigestJob.RecurringJobIdFor(zone);

        // First start, then three mornings without a server: the digest last ran four days ago, and its next run is
        // three days in the past (Hangfire counts missed runs from the last one).
        RecurringJobRegistration.Register(jobs, storage, calendars, settings);
        var missed = DateTime.UtcNow.AddHours(-1).AddDays(-3);
        using (var connection = storage.GetConnection())
        using (var transaction = connection.CreateWriteTransaction())
        {
            transaction.SetRangeInHash($"recurring-job:{digestId}", [
                new("LastExecution", JobHelper.SerializeDateTime(missed.AddDays(-1))),
                new("NextExecution", JobHelper.SerializeDateTime(missed))]);
            transaction.AddToSet("recurring-jobs", digestId, JobHelper.ToTimestamp(missed));
            transaction.Commit();
        }

        // The restart registers again; an unchanged schedule keeps the missed run.
        RecurringJobRegistration.Register(jobs, storage, calendars, settings);
        var mediator = new CountingMediator();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IMediator>(mediator)
            .AddTransient<DailyDigestJob>().AddTransient<OverdueSweepJob>().BuildServiceProvider();
        using (new BackgroundJobServer(new BackgroundJobServerOptions { SchedulePollingInterval = TimeSpan.FromMilliseconds(200), Activator = new ProviderActivator(services) }, storage))
        {
            for (var waited = 0; waited < 100 && mediator.Digests.IsEmpty; waited++)
                await Task.Delay(100);
            await Task.Delay(TimeSpan.FromSeconds(2)); // time for a second run, which must not come
        }

        Assert.Equal([zone.Id], mediator.Digests);
        using var check = storage.GetConnection();
        var next = JobHelper.DeserializeDateTime(check.GetAllEntriesFromHash($"recurring-job:{digestId}")["NextExecution"]);
        Assert.InRange(next - DateTime.UtcNow, TimeSpan.FromHours(22), TimeSpan.FromHours(24)); // tomorrow at the digest hour
    }

    /// <summary>Jobs whose services are not here (the drain, the outbox) fail to activate, which this test ignores.</summary>
    private sealed class ProviderActivator(IServiceProvider services) : JobActivator
    {
        public override object ActivateJob(Type jobType) => services.GetRequiredService(jobType);
    }

    private sealed class CountingMediator : IMediator
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Digests { get; } = new();

        public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
        {
            if (request is SendDailyDigests digest) Digests.Enqueue(digest.TimeZoneId);
            return Task.FromResult(default(TResponse)!);
        }

        public Task Send(IRequest request, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default) where TNotification : INotification => Task.CompletedTask;
    }
}
