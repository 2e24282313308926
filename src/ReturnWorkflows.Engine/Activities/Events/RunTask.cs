using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Events;

[Activity("Elsa.RunTask", "Primitives", DisplayName = "Run task", Description = "Requests a named task and waits until it is reported complete.", Kind = ActivityKind.Task)]
public sealed class RunTask : Activity
{
    [Input(Description = "The name of the task to request.")]
    public string? TaskName { get; init; }

    [Input(Description = "Data for whoever runs the task.", DefaultSyntax = "Object", UiHint = UiHints.JsonEditor)]
    public object? Payload { get; init; }

    [Output(DisplayName = "Task ID")]
    public string? TaskId { get; init; }

    [Output(Description = "What the task reported.")]
    public object? Result { get; init; }

    public override void Execute(ActivityExecutionContext context) =>
        throw new NotYetRunnableException(context.Node.ActivityType, "task requests are delivered through the outbox, which is not built yet");
}
