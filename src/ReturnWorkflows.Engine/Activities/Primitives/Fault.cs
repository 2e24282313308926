using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Primitives;

[Activity("Elsa.Fault", "Primitives", Description = "Faults the workflow with a message.")]
[FlowOutcomes]
public sealed class Fault : Activity
{
    [Input(Description = "A code for the fault.", DefaultValue = "0")]
    public string Code { get; init; } = "0";

    [Input(Description = "The fault's category.", DefaultValue = "General")]
    public string Category { get; init; } = "General";

    [Input(Description = "The fault's type: System or Business.", DefaultValue = "System")]
    public string FaultType { get; init; } = "System";

    [Input(Description = "The message of the fault.")]
    public string? Message { get; init; }

    public override void Execute(ActivityExecutionContext context) =>
        throw new WorkflowFaultException(context.GetInput<string>(nameof(Message)) ?? "The workflow raised a fault.",
            context.GetInput<string>(nameof(Code)) ?? "0", context.GetInput<string>(nameof(Category)) ?? "General");
}
