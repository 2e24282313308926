using ReturnWorkflows.Engine.Runtime.Execution;
using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Expressions;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Engine.Activities.Flow;

[Activity("Elsa.FlowSwitch", "Branching", DisplayName = "Switch", Description = "Takes the branch of the first (or every) case whose condition is true, else Default.")]
public sealed class FlowSwitch : Activity
{
    public const string DefaultOutcome = "Default";

    [Input(Description = "The cases: a label and a condition each.", UiHint = UiHints.SwitchEditor, IsWrapped = false)]
    public JsonArray? Cases { get; init; }

    [Input(Description = "MatchFirst takes the first matching case; MatchAny takes all of them.", UiHint = UiHints.Dropdown,
        Options = ["MatchFirst", "MatchAny"], DefaultValue = "MatchFirst")]
    public string Mode { get; init; } = "MatchFirst";

    public override DynamicOutcomes GetDynamicOutcomes(ActivityNode node)
    {
        var cases = node.GetProperty("cases");
        if (cases is JsonObject wrapped && InputJson.TryReadStaticValue(wrapped, out var value))
            cases = value;
        var labels = (cases as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(c => c.FindProperty("label") is JsonValue l && l.TryGetValue<string>(out var label) ? label : null)
            .OfType<string>();
        return DynamicOutcomes.Of(labels.Append(DefaultOutcome));
    }

    public override void Execute(ActivityExecutionContext context)
    {
        var matchAny = string.Equals(context.GetInput<string>(nameof(Mode)), "MatchAny", StringComparison.OrdinalIgnoreCase);
        var matches = new List<string>();
        foreach (var @case in context.GetRawProperty("cases") as JsonArray ?? [])
        {
            if (@case is not JsonObject caseJson || caseJson.FindProperty("label") is not JsonValue label || !label.TryGetValue<string>(out var name))
                continue;
            if (context.Evaluate(caseJson.FindProperty("condition"), typeof(bool)) is not true)
                continue;
            matches.Add(name);
            if (!matchAny) break;
        }
        context.Complete(matches.Count == 0 ? [DefaultOutcome] : matches);
    }
}
