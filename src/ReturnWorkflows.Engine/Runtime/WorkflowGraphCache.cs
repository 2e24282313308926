using System.Collections.Concurrent;
using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Engine.Runtime;

/// <summary>Materialised graphs by version id. A version's content never changes once instances run on it, so entries never expire.</summary>
public sealed class WorkflowGraphCache(ActivityRegistry registry)
{
    private readonly ConcurrentDictionary<(string Id, int Revision), WorkflowGraph> _graphs = new();

    public WorkflowGraph Get(WorkflowDefinitionVersion version) =>
        _graphs.GetOrAdd((version.Id, version.Revision), _ => new WorkflowGraph(version, registry));

    /// <summary>The graph of a version at a revision, if built already: a step that knows the revision need not read the content.</summary>
    public bool TryGet(string versionId, int revision, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WorkflowGraph? graph) =>
        _graphs.TryGetValue((versionId, revision), out graph);
}
