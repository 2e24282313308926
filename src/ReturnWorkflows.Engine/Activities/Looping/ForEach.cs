using ReturnWorkflows.Engine.Runtime.Execution;
using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Engine.Activities.Looping;

[Activity("Elsa.ForEach", "Looping", DisplayName = "For each", Description = "Runs its body once per item, one after the other.")]
public sealed class ForEach : Activity
{
    [Input(Description = "The items to iterate.", DefaultSyntax = "Object", UiHint = UiHints.JsonEditor)]
    public JsonNode? Items { get; init; }

    [Port]
    public ActivityNode? Body { get; init; }

    [Output(Description = "The current item.")]
    public object? CurrentValue { get; init; }

    public override void Execute(ActivityExecutionContext context) =>
        throw new NotYetRunnableException(context.Node.ActivityType, "loops arrive with the next runtime slice");
}
