using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Expressions;
using ReturnWorkflows.Engine.Runtime.Execution;

namespace ReturnWorkflows.Engine.Runtime.Flowcharts;

/// <summary>
/// Elsa's token-based flowchart (elsa-semantics.md §2.6): each followed connection leaves a token for its target;
/// a completing activity consumes the tokens addressed to it. When a target runs depends on its merge mode
/// (<c>customProperties.mergeMode</c>; FlowJoin maps WaitAny to Race and its other modes to Merge). There is no
/// skipping: a Merge behind a branch that never comes blocks, as in Elsa.
/// </summary>
internal static class TokenFlowchart
{
    public static void OnChildCompleted(ActivityExecutionContext flowchart, ChildCompletion completion)
    {
        var flow = FlowchartEntry.GraphOf(flowchart);
        var tokens = new Tokens(flowchart.Properties);
        var childId = completion.Child.ActivityId;
        if (completion.Child.Descriptor?.IsTerminal == true)
        {
            tokens.Clear();
            flowchart.CancelChildren();
            flowchart.Complete();
            return;
        }

        tokens.ConsumeAddressedTo(childId);
        var followed = flow.Outbound(childId).Where(c => completion.Outcomes.Contains(c.Source.Port ?? "", StringComparer.Ordinal)).ToList();
        foreach (var connection in followed)
            tokens.Add(connection);
        foreach (var connection in followed)
            Arrive(flowchart, tokens, connection);

        if (!flowchart.HasPendingChildren && !tokens.AnyOpen())
        {
            tokens.Clear();
            flowchart.Complete();
        }
    }

    private static void Arrive(ActivityExecutionContext flowchart, Tokens tokens, Connection arrival)
    {
        var flow = FlowchartEntry.GraphOf(flowchart);
        var targetId = arrival.Target.Activity!;
        var target = flowchart.Node.Children[targetId];
        switch (MergeModeOf(target))
        {
            case "merge":
                if (flow.ForwardInbound(targetId).All(tokens.HasOpenToken))
                    flowchart.ScheduleChild(target);
                break;
            case "converge":
                if (flow.Inbound(targetId).All(tokens.HasOpenToken))
                    flowchart.ScheduleChild(target);
                break;
            case "race":
            case "cascade":
                if (tokens.TryUseBlock(arrival))
                    break; // a later arrival: the race is already won
                if (MergeModeOf(target) == "race")
                    tokens.RemoveAddressedTo(CounterFlowchart.CancelRunningAncestors(flowchart, targetId)); // cancelled: their tokens go
                foreach (var other in flow.Inbound(targetId).Where(c => !Same(c, arrival)))
                    tokens.Block(other);
                flowchart.ScheduleChild(target);
                break;
            default: // None and Stream: run on arrival, unless it is already on its way because of another source
                var othersWaiting = flow.ForwardInbound(targetId).Any(c => c.Source.Activity != arrival.Source.Activity && tokens.HasOpenToken(c));
                if (!othersWaiting)
                    flowchart.ScheduleChild(target);
                break;
        }
    }

    private static string MergeModeOf(GraphNode target)
    {
        if (target.ActivityType == "Elsa.FlowJoin")
        {
            var mode = InputJson.TryReadStaticValue(target.Activity!.GetProperty("mode"), out var value) && value is JsonValue text
                && text.TryGetValue<string>(out var name) ? name : "WaitAny";
            return mode == "WaitAny" ? "race" : "merge";
        }
        return target.Activity?.CustomProperties["mergeMode"] is JsonValue merge && merge.TryGetValue<string>(out var chosen)
            ? chosen.ToLowerInvariant()
            : "none";
    }

    private static bool Same(Connection a, Connection b) =>
        a.Source.Activity == b.Source.Activity && a.Source.Port == b.Source.Port && a.Target.Activity == b.Target.Activity;

    /// <summary>The flowchart's tokens, kept in its context's properties so they survive suspension.</summary>
    private sealed class Tokens(JsonObject properties)
    {
        private JsonArray List
        {
            get
            {
                if (properties["tokens"] is JsonArray list) return list;
                var created = new JsonArray();
                properties["tokens"] = created;
                return created;
            }
        }

        private IEnumerable<JsonObject> All => List.OfType<JsonObject>();

        public void Add(Connection c) => List.Add(Token(c, blocked: false));

        public void Block(Connection c) => List.Add(Token(c, blocked: true));

        public void ConsumeAddressedTo(string activityId)
        {
            foreach (var token in All.Where(t => (string?)t["to"] == activityId && t["blocked"]?.GetValue<bool>() != true))
                token["consumed"] = true;
            Prune();
        }

        public void RemoveAddressedTo(IReadOnlySet<string> activityIds)
        {
            foreach (var token in All.Where(t => !IsBlocked(t) && activityIds.Contains((string?)t["to"] ?? "")).ToList())
                List.Remove(token);
        }

        public bool HasOpenToken(Connection c) => All.Any(t => Matches(t, c) && !IsConsumed(t) && !IsBlocked(t));

        /// <summary>True when a blocking token waited on this connection; it and the arriving token are used up.</summary>
        public bool TryUseBlock(Connection c)
        {
            var block = All.FirstOrDefault(t => Matches(t, c) && IsBlocked(t));
            if (block is null) return false;
            List.Remove(block);
            var arriving = All.LastOrDefault(t => Matches(t, c) && !IsBlocked(t) && !IsConsumed(t));
            if (arriving is not null) List.Remove(arriving);
            return true;
        }

        public bool AnyOpen() => All.Any(t => !IsConsumed(t) && !IsBlocked(t));

        public void Clear() => properties.Remove("tokens");

        private void Prune()
        {
            foreach (var consumed in All.Where(IsConsumed).ToList())
                List.Remove(consumed);
        }

        private static JsonObject Token(Connection c, bool blocked) => new()
        {
            ["from"] = c.Source.Activity,
            ["outcome"] = c.Source.Port,
            ["to"] = c.Target.Activity,
            ["blocked"] = blocked,
        };

        private static bool Matches(JsonObject t, Connection c) =>
            (string?)t["from"] == c.Source.Activity && (string?)t["outcome"] == c.Source.Port && (string?)t["to"] == c.Target.Activity;

        private static bool IsConsumed(JsonObject t) => t["consumed"]?.GetValue<bool>() == true;
        private static bool IsBlocked(JsonObject t) => t["blocked"]?.GetValue<bool>() == true;
    }
}
