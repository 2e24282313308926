using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ReturnWorkflows.Server.Demo;

internal static class DemoServiceCollectionExtensions
{
    /// <summary>
    /// The demo cases' seeding, and the clock it backdates through. Registered after the identity seeding (the demo
    /// programme and users exist by then) and before the scheduler starts.
    /// </summary>
    public static IServiceCollection AddDemoCases(this IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(TimeProvider))?.ImplementationInstance as TimeProvider ?? TimeProvider.System;
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new BackdatedClock(registered)));
        services.AddHostedService<DemoCaseSeeding>();
        return services;
    }
}
