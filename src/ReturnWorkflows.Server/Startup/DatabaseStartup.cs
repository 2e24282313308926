using Microsoft.Extensions.Options;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Server.Startup;

/// <summary>Before the server takes requests: the schema is current (or the start is refused, saying why).</summary>
internal sealed class DatabaseStartup(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseSchema>().EnsureCurrentAsync(options.Value.MigrateOnStart, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
