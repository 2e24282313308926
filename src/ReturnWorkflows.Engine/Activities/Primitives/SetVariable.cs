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
}
