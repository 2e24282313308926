using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Scheduling;

[Activity("Elsa.StartAt", "Scheduling", DisplayName = "Start at", Description = "Waits until the given moment (continues at once if it has passed).", Kind = ActivityKind.Trigger)]
public sealed class StartAt : Activity
{
    [Input(DisplayName = "Date and time", Description = "The moment to continue at.", UiHint = UiHints.DateTime)]
    public DateTimeOffset DateTime { get; init; }

    public override void Execute(ActivityExecutionContext context)
    {
        var executeAt = context.GetInput<DateTimeOffset>(nameof(DateTime)).UtcDateTime;
        if (context.IsStartingTrigger || executeAt <= context.Now)
        {
            context.Complete();
            return;
        }
        context.CreateBookmark("Elsa.StartAt", new JsonObject { ["executeAt"] = executeAt.ToString("O") }, dueAt: executeAt);
    }
}
