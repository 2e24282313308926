using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Activities;

namespace ReturnWorkflows.Server.ElsaApi.Descriptors;

/// <summary>What the designer needs to draw and edit activities: generated from our classes, not canned.</summary>
internal static class DescriptorEndpoints
{
    /// <summary>Elsa's storage-driver names (elsa-semantics.md §5), first the one the Studio preselects.</summary>
    public static readonly IReadOnlyList<StorageDriverView> StorageDrivers =
    [
        new("Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core", "Workflow Instance", 5, false),
        new("Elsa.Workflows.MemoryStorageDriver, Elsa.Workflows.Core", "Memory", 0, false),
    ];

    public static readonly IReadOnlyList<StrategyView> IncidentStrategies =
    [
        new("Elsa.Workflows.IncidentStrategies.FaultStrategy, Elsa.Workflows.Core", "Fault", "The workflow is faulted at the first incident."),
        new("Elsa.Workflows.IncidentStrategies.ContinueWithIncidentsStrategy, Elsa.Workflows.Core", "Continue with incidents", "Other branches go on; the instance keeps its incidents."),
    ];

    public static void MapDescriptorEndpoints(this IEndpointRouteBuilder api)
    {
        // Built per request: the dropdowns list the forms, roles and offices the server knows now. The registry is the
        // server's (the engine's activities and the case domain's), not the engine's built-in one.
        api.MapGet("/descriptors/activities", async (ActivityRegistry registry, InputOptionSource options, CancellationToken ct) =>
        {
            var descriptors = registry.Descriptors
                .OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.TypeName, StringComparer.Ordinal);
            var lists = await options.LoadAsync(ct);
            return ListResponse<ActivityDescriptorView>.Of(descriptors.Select(d => ActivityDescriptorView.From(d, lists)).ToList());
        });

        api.MapGet("/descriptors/expression-descriptors", () => ListResponse<ExpressionDescriptorView>.Of(
        [
            new("Literal", "Literal", true, true, []),
            new("Object", "Object", true, false, new JsonObject { ["MonacoLanguage"] = "json" }),
            new("JavaScript", "JavaScript", true, true, new JsonObject { ["MonacoLanguage"] = "javascript" }),
            new("Variable", "Variable", true, false, []),
            new("Input", "Input", true, false, []),
        ]));

        api.MapGet("/descriptors/storage-drivers", () => ListResponse<StorageDriverView>.Of(StorageDrivers));
        api.MapGet("/descriptors/variables", () => ListResponse<VariableTypeView>.Of(
            ElsaTypeNames.VariableTypes.Select(t => new VariableTypeView(t, t, "Primitives", null)).ToList()));
        api.MapGet("/descriptors/incident-strategies", () => ListResponse<StrategyView>.Of(IncidentStrategies));
        api.MapGet("/descriptors/workflow-activation-strategies", () => ListResponse<StrategyView>.Of(
            [new("Elsa.Workflows.Activation.Strategies.AllowAlwaysStrategy, Elsa.Workflows.Core", "Always", "Always allow the creation of a new workflow instance.")]));
        // Every step is one transaction in our engine; Elsa's log-persistence and commit choices do not apply.
        api.MapGet("/descriptors/log-persistence-strategies", () => ListResponse<StrategyView>.Of(
            [new("Elsa.Workflows.LogPersistence.Strategies.Include, Elsa.Workflows.Core", "Include", "The journal is always kept.")]));
        api.MapGet("/descriptors/commit-strategies/workflows", () => ListResponse<CommitStrategyView>.Of(
            [new("WorkflowExecuted", "Each step", "Each step (until the workflow waits) commits as one transaction.")]));
        api.MapGet("/descriptors/commit-strategies/activities", () => ListResponse<CommitStrategyView>.Of([]));
    }
}

public sealed record ExpressionDescriptorView(string Type, string DisplayName, bool IsSerializable, bool IsBrowsable, JsonObject Properties);
public sealed record StorageDriverView(string TypeName, string DisplayName, int Priority, bool Deprecated);
public sealed record VariableTypeView(string TypeName, string DisplayName, string Category, string? Description);
public sealed record StrategyView(string TypeName, string DisplayName, string Description);
public sealed record CommitStrategyView(string Name, string DisplayName, string Description);
