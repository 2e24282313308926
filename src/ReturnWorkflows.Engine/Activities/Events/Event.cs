using ReturnWorkflows.Engine.Serialization;
using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Events;

[Activity("Elsa.Event", "Primitives", Description = "Waits for a named event; as a trigger, starts the workflow when it is raised.", Kind = ActivityKind.Trigger)]
public sealed class Event : Activity
{
    [Input(Description = "The name of the event to wait for.")]
    public string? EventName { get; init; }

    [Output(Description = "The event's payload.")]
    public object? Result { get; init; }

    public const string PayloadInputKey = "__EventPayloadWorkflowInput";

    public override void Execute(ActivityExecutionContext context)
    {
        var eventName = context.GetInput<string>(nameof(EventName));
        if (string.IsNullOrWhiteSpace(eventName))
            throw new InvalidOperationException("The event activity has no event name.");
        if (context.IsStartingTrigger)
        {
            Resume(context); // the event that started the instance is this one
            return;
        }
        context.CreateBookmark("Elsa.Event", new JsonObject { ["eventName"] = eventName });
    }

    public override void Resume(ActivityExecutionContext context)
    {
        var payload = context.ResumeInput?.FindProperty(PayloadInputKey) ?? context.ResumeInput;
        context.SetOutput(nameof(Result), JsonValues.ToPlain(payload));
        context.Complete();
    }
}
