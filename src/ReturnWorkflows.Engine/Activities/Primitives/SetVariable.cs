using ReturnWorkflows.Engine.Serialization;
using ReturnWorkflows.Engine.Runtime.Execution;
using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities.Primitives;

[Activity("Elsa.SetVariable", "Primitives", DisplayName = "Set variable", Description = "Assigns a value to a workflow variable.")]
public sealed class SetVariable : Activity
{
    [Input(Description = "The variable to assign.", UiHint = UiHints.VariablePicker, IsWrapped = false)]
    public JsonObject? Variable { get; init; }

    [Input(Description = "The value to assign, converted to the variable's type.")]
    public object? Value { get; init; }

    // The variable is found by id, in the nearest scope that declares it; the value is converted to its type.
    public override void Execute(ActivityExecutionContext context)
    {
        var reference = context.GetRawProperty("variable") as JsonObject;
        var id = reference?.FindProperty("id") is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
        if (string.IsNullOrEmpty(id))
            throw new InvalidOperationException("Set variable has no variable selected.");
        context.SetVariableById(id, context.GetInput(nameof(Value)));
        context.Complete();
    }
}
