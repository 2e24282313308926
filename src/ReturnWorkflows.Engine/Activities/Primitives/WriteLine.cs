using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Primitives;

[Activity("Elsa.WriteLine", "Primitives", DisplayName = "Write line", Description = "Writes a line of text to the log and the journal.")]
public sealed class WriteLine : Activity
{
    [Input(Description = "The text to write.")]
    public string? Text { get; init; }

    public override void Execute(ActivityExecutionContext context)
    {
        context.WriteLine(context.GetInput<string>(nameof(Text)) ?? "");
        context.Complete();
    }
}
