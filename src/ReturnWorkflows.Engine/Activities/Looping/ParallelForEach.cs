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

    // Every item's body starts at once; each copy knows its item by the index it was scheduled with.
    public override void Execute(ActivityExecutionContext context)
    {
        var items = LoopItems.Of(context.GetInput<JsonNode>(nameof(Items)));
        if (items.Count == 0 || context.Node.Body is not { } body)
        {
            context.Complete();
            return;
        }
        context.Properties[LoopItems.ParallelItemsProperty] = items;
        for (var index = 0; index < items.Count; index++)
            context.ScheduleChild(body, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public override void OnChildCompleted(ActivityExecutionContext context, ChildCompletion child)
    {
        if (context.HasPendingChildren) return;
        context.Properties.Remove(LoopItems.ParallelItemsProperty);
        context.Complete();
    }
}
