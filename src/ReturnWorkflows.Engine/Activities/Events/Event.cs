using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Events;

[Activity("Elsa.Event", "Primitives", Description = "Waits for a named event; as a trigger, starts the workflow when it is raised.", Kind = ActivityKind.Trigger)]
public sealed class Event : Activity
{
    [Input(Description = "The name of the event to wait for.")]
    public string? EventName { get; init; }

    [Output(Description = "The event's payload.")]
    public object? Result { get; init; }
}
