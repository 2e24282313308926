using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Infrastructure.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with a persistent store in the server's own database: clustered on PostgreSQL (one node runs a job at a
    /// time, another takes over when it stops checking in), the SQLite store for the embedded default. Quartz's tables
    /// (<c>qrtz_*</c>) are created at start.
    /// </summary>
    public static IServiceCollection AddReturnWorkflowsScheduling(this IServiceCollection services, DatabaseOptions database, SchedulerSettings options)
    {
        if (!options.Enabled) return services;
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "ReturnWorkflows";
                scheduler.GenerateInstanceId = true; // each node its own id in the cluster
            });
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (database.Provider == DatabaseProvider.PostgreSql)
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = TimeSpan.FromSeconds(10);
                        cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
                    });
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                }
                store.ProvisionSchema();
            });
            quartz.AddJob<TimerDrainJob>(job => job.WithIdentity(TimerDrainJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(TimerDrainJob.Key)
                .WithIdentity("timer-drain", "return-workflows")
                .StartNow()
                // After an outage the drain runs once and catches up; missed wake-ups are not replayed one by one.
                .WithSimpleSchedule(schedule => schedule.WithInterval(options.DrainInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            quartz.AddJob<OutboxDispatchJob>(job => job.WithIdentity(OutboxDispatchJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(OutboxDispatchJob.Key)
                .WithIdentity("outbox-dispatch", "return-workflows")
                .StartNow()
                .WithSimpleSchedule(schedule => schedule.WithInterval(options.OutboxInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            quartz.AddJob<OverdueSweepJob>(job => job.WithIdentity(OverdueSweepJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(OverdueSweepJob.Key)
                .WithIdentity("overdue-sweep", "return-workflows")
                .StartNow()
                .WithSimpleSchedule(schedule => schedule.WithInterval(options.OverdueSweepInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            // Its triggers, one per office time zone, are kept by DailyDigestTriggers.
            quartz.AddJob<DailyDigestJob>(job => job.WithIdentity(DailyDigestJob.Key).StoreDurably());
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        services.AddSingleton(options);
        services.AddHostedService<DailyDigestTriggers>();
        return services;
    }
}
