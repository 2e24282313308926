using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Infrastructure.Scheduling;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>
/// Two hosts in one process (the test servers do this all day): each runs its jobs in its own container. Hangfire's
/// default activator is a static the last host to configure Hangfire overwrites, so a job of the first host ran in
/// the second's container, and failed with "Cannot access a disposed object" once that host had stopped.
/// </summary>
public sealed class HangfireActivatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rw-activator-").FullName;

    [Fact]
    public void Each_host_activates_its_jobs_from_its_own_services_whoever_configured_Hangfire_last()
    {
        using var first = Host("first");
        using var second = Host("second");
        first.GetRequiredService<IGlobalConfiguration>();
        second.GetRequiredService<IGlobalConfiguration>(); // the last to configure: JobActivator.Current is the second's

        using (var scope = first.GetRequiredService<JobActivator>().BeginScope((JobActivatorContext)null!))
            Assert.Equal("first", ((Marker)scope.Resolve(typeof(Marker))).Host);
        second.Dispose();
        using (var scope = first.GetRequiredService<JobActivator>().BeginScope((JobActivatorContext)null!))
            Assert.Equal("first", ((Marker)scope.Resolve(typeof(Marker))).Host);
    }

    private ServiceProvider Host(string name)
    {
        var services = new ServiceCollection();
        services.AddScoped(_ => new Marker(name));
        var database = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(_folder, name + ".db")}" };
        services.AddReturnWorkflowsScheduling(database, new SchedulerSettings { Enabled = false });
        return services.BuildServiceProvider();
    }

    private sealed record Marker(string Host);

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } // a storage file may still be held open
    }
}
