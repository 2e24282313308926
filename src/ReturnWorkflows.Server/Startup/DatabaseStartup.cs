using Microsoft.Extensions.Options;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Server.Startup;

/// <summary>Before the server takes requests: the schema is current (or the start is refused, saying why), and older persons have their duplicate-check key.</summary>
internal sealed class DatabaseStartup(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseSchema>().EnsureCurrentAsync(options.Value.MigrateOnStart, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<NameKeyBackfill>().RunAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
