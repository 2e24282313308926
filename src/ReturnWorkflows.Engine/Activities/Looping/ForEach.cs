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

    // The loop's position lives in its context, so a body that waits (a task, a timer) resumes the right iteration.
    public override void Execute(ActivityExecutionContext context)
    {
        var items = LoopItems.Of(context.GetInput<JsonNode>(nameof(Items)));
        context.Properties["items"] = items;
        Next(context, 0);
    }

    public override void OnChildCompleted(ActivityExecutionContext context, ChildCompletion child) =>
        Next(context, context.Properties["currentIndex"]!.GetValue<int>() + 1);

    private static void Next(ActivityExecutionContext context, int index)
    {
        var items = (JsonArray)context.Properties["items"]!;
        if (index >= items.Count || context.Node.Body is not { } body)
        {
            context.Properties.Remove("currentIndex");
            context.Properties.Remove("currentValue");
            context.Complete();
            return;
        }
        context.Properties["currentIndex"] = index;
        context.Properties["currentValue"] = items[index]?.DeepClone();
        context.SetOutput(nameof(CurrentValue), Serialization.JsonValues.ToPlain(items[index]));
        context.ScheduleChild(body);
    }
}
