using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Scheduling;

[Activity("Elsa.Timer", "Scheduling", Description = "Waits for an interval; as a trigger, starts the workflow every interval.", Kind = ActivityKind.Trigger)]
public sealed class Timer : Activity
{
    [Input(Description = "The interval.", UiHint = UiHints.TimeSpan, DefaultValue = "00:01:00")]
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(1);

    public override void Execute(ActivityExecutionContext context)
    {
        if (context.IsStartingTrigger)
        {
            context.Complete();
            return;
        }
        var resumeAt = context.Now + context.GetInput<TimeSpan>(nameof(Interval));
        context.CreateBookmark("Elsa.Timer", new JsonObject { ["resumeAt"] = resumeAt.ToString("O") }, dueAt: resumeAt);
    }
}
