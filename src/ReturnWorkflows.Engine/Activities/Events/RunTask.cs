using System.Text.Json.Nodes;
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

    public const string ResultInputKey = "RunTaskInput";

    // The task waits as a bookmark keyed by its id; CompleteTask resumes it exactly once with the result.
    public override void Execute(ActivityExecutionContext context)
    {
        var taskName = context.GetInput<string>(nameof(TaskName));
        if (string.IsNullOrWhiteSpace(taskName))
            throw new InvalidOperationException("Run task has no task name.");
        var taskId = Definitions.IdGenerator.NewId();
        context.SetOutput(nameof(TaskId), taskId);
        context.CreateBookmark("Elsa.RunTask", new JsonObject { ["taskId"] = taskId },
            extraPayload: new JsonObject { ["taskName"] = taskName, ["payload"] = Serialization.JsonValues.FromPlain(context.GetInput(nameof(Payload))) });
    }

    public override void Resume(ActivityExecutionContext context)
    {
        context.SetOutput(nameof(Result), Serialization.JsonValues.ToPlain(context.ResumeInput?[ResultInputKey]));
        context.Complete();
    }
}
