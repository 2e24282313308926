using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ReturnWorkflows.Infrastructure.Scheduling.Timers;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Infrastructure.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire with its storage beside the server's database (see <see cref="HangfireStorageFactory"/>) and timers'
    /// wake-up jobs scheduled into it, on every node; a Hangfire server on this node and the recurring jobs registered at
    /// start only when scheduling is on (a node that only serves requests still schedules the timers its steps create).
    /// </summary>
    public static IServiceCollection AddReturnWorkflowsScheduling(this IServiceCollection services, DatabaseOptions database, SchedulerSettings options)
    {
        services.AddSingleton(options);
        // Our storage is registered first (AddHangfire only adds one when none is) and built when first needed, at
        // start (with the hosted services, before any of them starts): Hangfire's PostgreSQL storage creates its
        // schema as it is built, under the start-up lock.
        services.AddSingleton(provider => HangfireStorageFactory.Create(database, options,
            provider.GetService<ILoggerFactory>()?.CreateLogger(typeof(HangfireStorageFactory).FullName!)));
        // Our own activator, from this host's services: AddHangfire would register Hangfire's static JobActivator.Current,
        // which the last host in the process to configure Hangfire sets, so a second host (tests, or any process
        // hosting two) would run its jobs in the other host's container, disposed or not.
        services.AddSingleton<JobActivator>(provider => new Hangfire.AspNetCore.AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        services.Replace(ServiceDescriptor.Singleton<ITimerWakeupScheduler, HangfireTimerWakeupScheduler>());
        if (!options.Enabled) return services;
        // Before the server's own hosted service, so the first poll already finds them.
        services.AddHostedService<RecurringJobRegistration>();
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = options.Workers;
            server.SchedulePollingInterval = options.PollInterval;
            server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
        });
        return services;
    }
}
