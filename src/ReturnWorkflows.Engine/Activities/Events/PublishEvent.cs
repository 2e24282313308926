using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Events;

[Activity("Elsa.PublishEvent", "Primitives", DisplayName = "Publish event", Description = "Raises a named event, after this step commits.")]
public sealed class PublishEvent : Activity
{
    [Input(Description = "The name of the event to raise.")]
    public string? EventName { get; init; }

    [Input(DisplayName = "Correlation ID", Description = "Only instances with this correlation id receive it.")]
    public string? CorrelationId { get; init; }

    [Input(Description = "Deliver only to this instance.", UiHint = UiHints.Checkbox, DefaultValue = false)]
    public bool IsLocalEvent { get; init; }

    [Input(Description = "The payload to send.", DefaultSyntax = "Object", UiHint = UiHints.JsonEditor)]
    public object? Payload { get; init; }

    // Delivered after this step, in the same commit, to the instances waiting for it (only this one when local).
    public override void Execute(ActivityExecutionContext context)
    {
        var eventName = context.GetInput<string>(nameof(EventName));
        if (string.IsNullOrWhiteSpace(eventName))
            throw new InvalidOperationException("Publish event has no event name.");
        context.PublishEvent(new PublishedEvent(eventName, context.GetInput<string>(nameof(CorrelationId)),
            context.GetInput<bool>(nameof(IsLocalEvent)) ? context.WorkflowInstanceId : null,
            Serialization.JsonValues.FromPlain(context.GetInput(nameof(Payload)))));
        context.Complete();
    }
}
