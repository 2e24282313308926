using MediatR;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Engine.Definitions.Commands;
using ReturnWorkflows.Server.Configuration;

namespace ReturnWorkflows.Server.Startup;

/// <summary>
/// Imports and publishes the shipped lifecycle definitions (<c>workflows/*.json</c>) unless an equal or newer
/// version is stored. Each file is its own command, so one bad file is reported and stops the start. The forms the
/// workflows' tasks name are loaded first, for the same reason.
/// </summary>
internal sealed class WorkflowSeeding(IServiceScopeFactory scopes, IOptions<ServerOptions> options, ReturnWorkflows.Engine.Tasks.Forms.IFormCatalog forms, ILogger<WorkflowSeeding> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Loaded {Count} form(s)", forms.All.Count);
        var folder = options.Value.ResolveWorkflowsFolder();
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            await using var scope = scopes.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var json = await File.ReadAllTextAsync(file, cancellationToken);
            await mediator.Send(new SeedWorkflowDefinition(json, Path.GetFileName(file)), cancellationToken);
        }
        logger.LogInformation("Checked {Count} shipped workflow definition(s) in {Folder}", files.Count, folder);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
