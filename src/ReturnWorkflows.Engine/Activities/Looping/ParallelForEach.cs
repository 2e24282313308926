using ReturnWorkflows.Engine.Runtime.Execution;
using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Engine.Activities.Looping;

[Activity("Elsa.ParallelForEach", "Looping", DisplayName = "Parallel for each", Description = "Runs its body once per item, all at once.")]
public sealed class ParallelForEach : Activity
{
    [Input(Description = "The items to iterate.", DefaultSyntax = "Object", UiHint = UiHints.JsonEditor)]
    public JsonNode? Items { get; init; }

    [Port]
    public ActivityNode? Body { get; init; }

    public override void Execute(ActivityExecutionContext context) =>
        throw new NotYetRunnableException(context.Node.ActivityType, "loops arrive with the next runtime slice");
}
