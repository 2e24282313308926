using MediatR;
using Microsoft.Extensions.Logging;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Engine.Definitions.Commands;

/// <summary>
/// Imports and publishes a definition shipped with the server (the <c>workflows/</c> folder) when the database has
/// none, or when a newer file replaces a version that was itself shipped. A version a manager saved in the designer
/// is never replaced: shipped versions carry <see cref="ShippedWorkflows.ShippedVersionProperty"/>, and edited ones lose it.
/// </summary>
public sealed record SeedWorkflowDefinition(string Json, string Source) : IRequest<SeedWorkflowDefinitionResult>;

/// <param name="Imported">False when an equal or newer version was already stored.</param>
public sealed record SeedWorkflowDefinitionResult(string DefinitionId, int Version, bool Imported);

public static class ShippedWorkflows
{
    /// <summary>Custom property naming the file version a stored version was seeded from.</summary>
    public const string ShippedVersionProperty = "returnWorkflows:shippedVersion";

    /// <summary>
    /// Custom property of a workflow kept only so the instances started on it run to their end: no programme may choose
    /// it as the lifecycle its new cases start. Its value says what replaced it.
    /// </summary>
    public const string RetiredProperty = "returnWorkflows:retired";

    public static bool IsRetired(WorkflowDefinitionVersion version) => version.ToModel().CustomProperties.ContainsKey(RetiredProperty);
}

public sealed class SeedWorkflowDefinitionHandler(
    IWorkflowDefinitionStore store,
    WorkflowDefinitionPublisher publisher,
    ILogger<SeedWorkflowDefinitionHandler> logger)
    : IRequestHandler<SeedWorkflowDefinition, SeedWorkflowDefinitionResult>
{
    public async Task<SeedWorkflowDefinitionResult> Handle(SeedWorkflowDefinition command, CancellationToken cancellationToken)
    {
        WorkflowDefinitionModel model;
        try { model = WorkflowDefinitionJson.Parse(command.Json); }
        catch (WorkflowJsonException e) { throw new CommandRejectedException("json", $"{command.Source}: {e.Message}"); }
        if (string.IsNullOrWhiteSpace(model.DefinitionId))
            throw new CommandRejectedException("definitionId", $"{command.Source} has no definitionId; shipped workflows need a stable one.");

        var fileVersion = Math.Max(model.Version, 1);
        await store.LockAsync(model.DefinitionId, cancellationToken);
        var highest = await store.GetHighestVersionAsync(model.DefinitionId, cancellationToken);
        if (highest >= fileVersion)
        {
            logger.LogInformation("Workflow {DefinitionId} v{FileVersion} from {Source} not imported: version {Stored} is already stored",
                model.DefinitionId, fileVersion, command.Source, highest);
            return new SeedWorkflowDefinitionResult(model.DefinitionId, highest, Imported: false);
        }

        var latest = await store.FindAsync(model.DefinitionId, VersionOptions.Latest, cancellationToken);
        if (latest is not null && !latest.ToModel().CustomProperties.ContainsKey(ShippedWorkflows.ShippedVersionProperty))
        {
            logger.LogWarning("Workflow {DefinitionId} v{FileVersion} from {Source} not imported: version {Stored} was edited in the designer and is kept",
                model.DefinitionId, fileVersion, command.Source, latest.Version);
            return new SeedWorkflowDefinitionResult(model.DefinitionId, highest, Imported: false);
        }

        model.CustomProperties[ShippedWorkflows.ShippedVersionProperty] = fileVersion;
        var version = await publisher.SaveAsync(model, publish: true, cancellationToken, versionNumber: fileVersion);
        logger.LogInformation("Workflow {DefinitionId} from {Source} published as version {Version}", model.DefinitionId, command.Source, version.Version);
        return new SeedWorkflowDefinitionResult(version.DefinitionId, version.Version, Imported: true);
    }
}
