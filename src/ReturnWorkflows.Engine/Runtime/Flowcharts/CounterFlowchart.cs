using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Runtime.Execution;

namespace ReturnWorkflows.Engine.Runtime.Flowcharts;

/// <summary>
/// Elsa's counter-based flowchart (elsa-semantics.md §2.5): visit counts per activity and connection; an activity
/// with several inbound connections waits for all active ones (implicit WaitAllActive, FlowJoin's own mode
/// otherwise); an activity none of whose inbound paths was followed is skipped and its outbound paths count as not
/// followed, so joins behind a decision still fire. Back-edges re-enter a loop at once.
/// </summary>
internal static class CounterFlowchart
{
    public const string BackEdgeTag = "back-edge";

    public static void OnChildCompleted(ActivityExecutionContext flowchart, ChildCompletion completion)
    {
        var flow = FlowchartEntry.GraphOf(flowchart);
        var childId = completion.Child.ActivityId;
        if (completion.Child.Descriptor?.IsTerminal == true)
        {
            flowchart.CancelChildren();
            flowchart.Complete();
            return;
        }

        var scope = new Counters(flowchart.Properties);
        if (completion.Tag != BackEdgeTag)
            scope.Visit(childId);
        var scheduled = Propagate(flowchart, scope, childId, completion.Outcomes);

        if (!scheduled && !flowchart.HasPendingChildren)
            flowchart.Complete();
    }

    // Records the outbound connections of an activity that completed (or was skipped) and runs what is ready.
    private static bool Propagate(ActivityExecutionContext flowchart, Counters scope, string activityId, IReadOnlyList<string> outcomes)
    {
        var flow = FlowchartEntry.GraphOf(flowchart);
        var scheduled = false;
        var outbound = flow.Outbound(activityId).ToList();
        foreach (var connection in outbound)
        {
            var followed = outcomes.Contains(connection.Source.Port ?? "", StringComparer.Ordinal);
            scope.Traverse(connection, followed);
            if (followed && flow.IsBackEdge(connection))
            {
                flowchart.ScheduleChild(flowchart.Node.Children[connection.Target.Activity!], BackEdgeTag);
                scheduled = true;
            }
        }
        foreach (var targetId in outbound.Where(c => !flow.IsBackEdge(c)).Select(c => c.Target.Activity!).Distinct(StringComparer.Ordinal))
            scheduled |= Arrive(flowchart, scope, targetId);
        return scheduled;
    }

    private static bool Arrive(ActivityExecutionContext flowchart, Counters scope, string targetId)
    {
        var flow = FlowchartEntry.GraphOf(flowchart);
        var target = flowchart.Node.Children[targetId];
        var inbound = flow.ForwardInbound(targetId).ToList();
        var targetVisits = scope.Visits(targetId);
        var visited = inbound.Where(c => scope.ConnectionVisits(c) > targetVisits).ToList();
        var allVisited = visited.Count == inbound.Count;
        var anyFollowed = visited.Any(scope.LastFollowed);

        switch (JoinModeOf(flowchart, target))
        {
            case "WaitAny":
                if (anyFollowed)
                {
                    if (scope.IsPending(targetId)) return false; // already on its way: later arrivals are ignored
                    CancelRunningAncestors(flowchart, targetId);
                    return Run(flowchart, scope, target);
                }
                return allVisited && Skip(flowchart, scope, targetId);
            case "WaitAll":
                if (!allVisited) return false;
                return visited.All(scope.LastFollowed) ? Run(flowchart, scope, target) : Skip(flowchart, scope, targetId);
            default: // WaitAllActive, implicit for every other activity
                if (!allVisited) return false;
                return anyFollowed ? Run(flowchart, scope, target) : Skip(flowchart, scope, targetId);
        }
    }

    private static bool Run(ActivityExecutionContext flowchart, Counters scope, GraphNode target)
    {
        scope.MarkPending(target.ActivityId);
        flowchart.ScheduleChild(target);
        return true;
    }

    // Dead-path elimination: the activity does not run and its outbound connections count as not followed.
    private static bool Skip(ActivityExecutionContext flowchart, Counters scope, string activityId)
    {
        scope.Visit(activityId);
        return Propagate(flowchart, scope, activityId, []);
    }

    /// <summary>Running activities from which the target can be reached lose their wait (a branch blocked on an event).</summary>
    /// <returns>The ids of the activities that may have been cancelled (the target's ancestors).</returns>
    public static IReadOnlySet<string> CancelRunningAncestors(ActivityExecutionContext flowchart, string targetId)
    {
        var flow = FlowchartEntry.GraphOf(flowchart);
        var ancestors = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([targetId]);
        while (stack.Count > 0)
            foreach (var connection in flow.ForwardInbound(stack.Pop()))
                if (ancestors.Add(connection.Source.Activity!))
                    stack.Push(connection.Source.Activity!);
        flowchart.CancelChildren(child => ancestors.Contains(flowchart.Node.Children.Values.FirstOrDefault(n => n.NodeId == child.NodeId)?.ActivityId ?? ""));
        return ancestors;
    }

    private static string JoinModeOf(ActivityExecutionContext flowchart, GraphNode target)
    {
        if (target.ActivityType != "Elsa.FlowJoin") return "WaitAllActive";
        var mode = Expressions.InputJson.TryReadStaticValue(target.Activity!.GetProperty("mode"), out var value) && value is JsonValue text
            && text.TryGetValue<string>(out var name) ? name : null;
        return mode is "WaitAll" or "WaitAllActive" ? mode : "WaitAny";
    }

    /// <summary>The flowchart's counters, kept in its context's properties so they survive suspension.</summary>
    private sealed class Counters(JsonObject properties)
    {
        private JsonObject Section(string name)
        {
            if (properties[name] is JsonObject section) return section;
            var created = new JsonObject();
            properties[name] = created;
            return created;
        }

        public int Visits(string activityId) => Section("visits")[activityId]?.GetValue<int>() ?? 0;

        public void Visit(string activityId)
        {
            Section("visits")[activityId] = Visits(activityId) + 1;
            Section("pending").Remove(activityId);
        }

        public void MarkPending(string activityId) => Section("pending")[activityId] = true;
        public bool IsPending(string activityId) => Section("pending").ContainsKey(activityId);

        public int ConnectionVisits(Connection connection) => Section("connections")[Key(connection)]?["visits"]?.GetValue<int>() ?? 0;
        public bool LastFollowed(Connection connection) => Section("connections")[Key(connection)]?["followed"]?.GetValue<bool>() ?? false;

        public void Traverse(Connection connection, bool followed) =>
            Section("connections")[Key(connection)] = new JsonObject { ["visits"] = ConnectionVisits(connection) + 1, ["followed"] = followed };

        private static string Key(Connection c) => $"{c.Source.Activity}:{c.Source.Port}>{c.Target.Activity}";
    }
}
