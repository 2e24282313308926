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

    public override void Execute(ActivityExecutionContext context) =>
        throw new NotYetRunnableException(context.Node.ActivityType, "events are delivered through the outbox, which is not built yet");
}
