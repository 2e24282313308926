using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Scheduling;

[Activity("Elsa.Timer", "Scheduling", Description = "Waits for an interval; as a trigger, starts the workflow every interval.", Kind = ActivityKind.Trigger)]
public sealed class Timer : Activity
{
    [Input(Description = "The interval.", UiHint = UiHints.TimeSpan, DefaultValue = "00:01:00")]
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(1);
}
