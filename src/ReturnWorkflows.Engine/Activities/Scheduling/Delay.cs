using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Scheduling;

[Activity("Elsa.Delay", "Scheduling", Description = "Waits for the given time span.")]
public sealed class Delay : Activity
{
    [Input(DisplayName = "Time span", Description = "How long to wait.", UiHint = UiHints.TimeSpan, DefaultValue = "00:01:00")]
    public TimeSpan TimeSpan { get; init; } = TimeSpan.FromMinutes(1);

    public override void Execute(ActivityExecutionContext context)
    {
        var resumeAt = context.Now + context.GetInput<TimeSpan>(nameof(TimeSpan));
        context.CreateBookmark("Elsa.Delay", new JsonObject { ["resumeAt"] = resumeAt.ToString("O") }, dueAt: resumeAt);
    }
}
