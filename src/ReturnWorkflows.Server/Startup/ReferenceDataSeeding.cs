using MediatR;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Cases.ReferenceData.Commands;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Startup;

/// <summary>
/// At start, once the schema is current: empty reference tables get the default offices and countries of return,
/// and with the demo users on, the demo programme managed by the demo programme manager.
/// </summary>
internal sealed class ReferenceDataSeeding(IServiceScopeFactory scopes, IOptions<IdentitySettings> identity) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var manager = identity.Value.DemoUsers ? IdentitySeeding.DemoProgrammeManager : null;
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SeedReferenceData(manager), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
