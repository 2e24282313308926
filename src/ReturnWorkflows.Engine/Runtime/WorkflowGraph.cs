using System.Text.Json;
using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Runtime.Flowcharts;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Engine.Runtime;

/// <summary>
/// A published version made ready to run: every activity (embedded bodies included) by node id, with its
/// descriptor, its behaviour and, for flowcharts, its <see cref="FlowGraph"/>. Immutable and shared by all
/// instances of the version.
/// </summary>
public sealed class WorkflowGraph
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);

    public WorkflowGraph(WorkflowDefinitionVersion version, ActivityRegistry registry)
        : this(version.ToModel(), version.Id, registry) { }

    public WorkflowGraph(WorkflowDefinitionModel model, string versionId, ActivityRegistry registry)
    {
        Model = model;
        VersionId = versionId;
        Root = new GraphNode(WorkflowDefinitionJson.RootWorkflowNodeId, null, null, null, null, model.Variables);
        _nodes[Root.NodeId] = Root;
        if (model.Root is not null)
            Root.Body = Add(model.Root, Root, registry);
    }

    public WorkflowDefinitionModel Model { get; }
    public string VersionId { get; }

    /// <summary>The implicit root workflow (<c>Workflow1</c>): declares the definition's variables, runs the root activity.</summary>
    public GraphNode Root { get; }

    public GraphNode Get(string nodeId) =>
        _nodes.TryGetValue(nodeId, out var node) ? node : throw new KeyNotFoundException($"The workflow has no activity '{nodeId}'.");

    private GraphNode Add(ActivityNode activity, GraphNode parent, ActivityRegistry registry)
    {
        var nodeId = $"{parent.NodeId}:{activity.Id}";
        var descriptor = registry.Find(activity.Type)
                         ?? throw new InvalidOperationException($"Activity '{activity.Id}' has the unknown type '{activity.Type}'.");
        var node = new GraphNode(nodeId, activity, descriptor, registry.Prototype(activity.Type), parent, activity.Variables ?? []);
        _nodes[nodeId] = node;

        if (activity.IsFlowchart)
        {
            node.Flow = new FlowGraph(activity);
            foreach (var child in activity.Activities ?? [])
                node.Children[child.Id] = Add(child, node, registry);
        }
        foreach (var port in descriptor.EmbeddedPorts)
        {
            if (activity.GetProperty(ActivityDescriber.CamelCase(port)) is { } json
                && json.Deserialize<ActivityNode>(EngineJson.Options) is { Type.Length: > 0 } body)
                node.Children[body.Id] = node.Body = Add(body, node, registry);
        }
        return node;
    }
}

/// <summary>One activity of a <see cref="WorkflowGraph"/>.</summary>
public sealed class GraphNode(
    string nodeId, ActivityNode? activity, ActivityDescriptor? descriptor, Activity? behaviour, GraphNode? parent, List<VariableDefinition> variables)
{
    public string NodeId { get; } = nodeId;

    /// <summary>The JSON of the activity; null for the implicit root workflow.</summary>
    public ActivityNode? Activity { get; } = activity;

    public ActivityDescriptor? Descriptor { get; } = descriptor;
    public Activity? Behaviour { get; } = behaviour;
    public GraphNode? Parent { get; } = parent;

    /// <summary>Variables this node declares (the definition's on the root, a flowchart's own on it).</summary>
    public List<VariableDefinition> Variables { get; } = variables;

    public Dictionary<string, GraphNode> Children { get; } = new(StringComparer.Ordinal);

    /// <summary>For flowcharts: connections, start, back-edges, as seen from the flowchart's own start.</summary>
    public FlowGraph? Flow { get; internal set; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FlowGraph> _flowsByEntry = new(StringComparer.Ordinal);

    /// <summary>
    /// The graph as seen from the activity a run entered through (a trigger may start elsewhere than the flowchart's
    /// start): back-edges and reachability depend on it. Null or the usual start gives <see cref="Flow"/>.
    /// </summary>
    public FlowGraph? FlowFrom(string? entryActivityId) =>
        Flow is null || entryActivityId is null || entryActivityId == Flow.Start?.Id
            ? Flow
            : _flowsByEntry.GetOrAdd(entryActivityId, id => new FlowGraph(Activity!, id));

    /// <summary>The root's root activity, or an activity's embedded body (a loop's, a flow node's).</summary>
    public GraphNode? Body { get; internal set; }

    public string ActivityId => Activity?.Id ?? NodeId;
    public string ActivityType => Activity?.Type ?? "Elsa.Workflow";
}
