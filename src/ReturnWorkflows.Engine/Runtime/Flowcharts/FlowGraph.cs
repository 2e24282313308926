using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Engine.Runtime.Flowcharts;

/// <summary>
/// The shape of one flowchart as Elsa's runtime sees it (elsa-semantics.md §2.2–2.5): the connections that join
/// existing activities, the start activity, and — from a breadth-first walk from the start — which connections are
/// forward edges and which close a cycle (back-edges), and which activities the start cannot reach (dangling).
/// Immutable; built once per definition version and start activity.
/// </summary>
public sealed class FlowGraph
{
    private readonly Dictionary<string, ActivityNode> _activities;
    private readonly ILookup<string, Connection> _outbound;
    private readonly ILookup<string, Connection> _inbound;
    private readonly HashSet<Connection> _backEdges;
    private readonly HashSet<string> _reachable;

    public FlowGraph(ActivityNode flowchart, string? triggerActivityId = null)
    {
        var activities = flowchart.Activities ?? [];
        _activities = activities.Where(a => a.Id.Length > 0).GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // Elsa drops connections whose ends are missing.
        Connections = (flowchart.Connections ?? [])
            .Where(c => c.Source.Activity is { } s && _activities.ContainsKey(s) && c.Target.Activity is { } t && _activities.ContainsKey(t))
            .ToList();
        _outbound = Connections.ToLookup(c => c.Source.Activity!, StringComparer.Ordinal);
        _inbound = Connections.ToLookup(c => c.Target.Activity!, StringComparer.Ordinal);
        Start = FindStart(activities, triggerActivityId);
        (_backEdges, _reachable) = Walk(Start);
    }

    public IReadOnlyList<Connection> Connections { get; }

    /// <summary>The activity a run begins with; null for an empty flowchart.</summary>
    public ActivityNode? Start { get; }

    public ActivityNode? Find(string activityId) => _activities.GetValueOrDefault(activityId);

    public IEnumerable<Connection> Outbound(string activityId) => _outbound[activityId];

    public IEnumerable<Connection> Inbound(string activityId) => _inbound[activityId];

    /// <summary>Inbound connections the walk from the start kept: not back-edges, and not from activities the start never reaches.</summary>
    public IEnumerable<Connection> ForwardInbound(string activityId) =>
        _inbound[activityId].Where(c => !_backEdges.Contains(c) && _reachable.Contains(c.Source.Activity!));

    public bool IsBackEdge(Connection connection) => _backEdges.Contains(connection);

    /// <summary>Not reachable from the start: Elsa faults such an activity if it ever completes here.</summary>
    public bool IsDangling(string activityId) => !_reachable.Contains(activityId);

    // elsa-semantics.md §2.2, without rule 2 (a start set from code; JSON's "start" is ignored by Elsa too).
    private ActivityNode? FindStart(List<ActivityNode> activities, string? triggerActivityId)
    {
        if (triggerActivityId is not null && _activities.TryGetValue(triggerActivityId, out var trigger))
            return trigger;
        return activities.FirstOrDefault(a => a.Type == "Elsa.Start")
               ?? activities.FirstOrDefault(IsMarkedAsStart)
               ?? activities.FirstOrDefault(a => !_inbound[a.Id].Any())
               ?? activities.FirstOrDefault();
    }

    private static bool IsMarkedAsStart(ActivityNode activity) =>
        activity.CustomProperties.TryGetPropertyValue("canStartWorkflow", out var flag)
        && flag is JsonValue value && value.TryGetValue<bool>(out var canStart) && canStart;

    // Breadth-first from the start, keeping every edge that does not close a cycle among the kept edges.
    private (HashSet<Connection> BackEdges, HashSet<string> Reachable) Walk(ActivityNode? start)
    {
        var backEdges = new HashSet<Connection>();
        var reachable = new HashSet<string>(StringComparer.Ordinal);
        if (start is null) return (backEdges, reachable);

        var kept = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        queue.Enqueue(start.Id);
        reachable.Add(start.Id);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var connection in _outbound[current])
            {
                var target = connection.Target.Activity!;
                if (target == current || Reaches(kept, target, current))
                {
                    backEdges.Add(connection);
                    continue;
                }
                if (!kept.TryGetValue(current, out var targets)) kept[current] = targets = [];
                targets.Add(target);
                if (reachable.Add(target)) queue.Enqueue(target);
            }
        }
        return (backEdges, reachable);
    }

    private static bool Reaches(Dictionary<string, List<string>> edges, string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([from]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node == to) return true;
            if (!seen.Add(node) || !edges.TryGetValue(node, out var next)) continue;
            foreach (var n in next) stack.Push(n);
        }
        return false;
    }
}
