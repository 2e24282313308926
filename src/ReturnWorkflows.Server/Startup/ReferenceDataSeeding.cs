using MediatR;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Cases.ReferenceData.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Startup;

/// <summary>
/// At start, once the schema is current: empty reference tables get the default offices and countries of return,
/// and with the demo users on, the demo programme managed by the demo programme manager. On PostgreSQL under the
/// start-up lock (<see cref="StartupSchemaLock"/>): nodes started together both found the tables empty, and the
/// second insert broke the primary key (its retry recovered, after logging the failure).
/// </summary>
internal sealed class ReferenceDataSeeding(IServiceScopeFactory scopes, IOptions<IdentitySettings> identity, IOptions<DatabaseOptions> database,
    ILogger<ReferenceDataSeeding> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        database.Value.Provider == DatabaseProvider.PostgreSql
            ? StartupSchemaLock.RunAsync(database.Value.ConnectionString, logger, async () =>
            {
                await SeedAsync(cancellationToken);
                return true;
            }, cancellationToken)
            : SeedAsync(cancellationToken);

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var demo = identity.Value.DemoUsers;
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(
            new SeedReferenceData(demo ? IdentitySeeding.DemoProgrammeManager : null, demo ? IdentitySeeding.DemoCapApprover : null), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
