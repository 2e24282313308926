using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Primitives;

[Activity("Elsa.Correlate", "Primitives", Description = "Sets the correlation id of the workflow instance.")]
public sealed class Correlate : Activity
{
    [Input(DisplayName = "Correlation ID", Description = "The correlation id to set.")]
    public string? CorrelationId { get; init; }

    public override void Execute(ActivityExecutionContext context)
    {
        context.CorrelationId = context.GetInput<string>(nameof(CorrelationId));
        context.Complete();
    }
}
