using ReturnWorkflows.Engine.Expressions.JavaScript;

namespace ReturnWorkflows.Engine.Tests.Expressions;

/// <summary>A workflow scope for script tests: variables and inputs in dictionaries, fixed instance ids.</summary>
public sealed class TestScriptScope : IScriptScope
{
    public Dictionary<string, object?> Variables { get; } = new();
    public Dictionary<string, object?> Inputs { get; } = new(StringComparer.OrdinalIgnoreCase);
    public string WorkflowInstanceId => "inst-1";
    public string WorkflowDefinitionId => "def-1";
    public string WorkflowDefinitionVersionId => "def-1-v2";
    public int WorkflowDefinitionVersion => 2;
    public string? CorrelationId { get; set; }
    public string? WorkflowInstanceName { get; set; }
    public IReadOnlyCollection<string> VariableNames => Variables.Keys;
    public object? GetVariable(string name) => Variables.GetValueOrDefault(name);
    public void SetVariable(string name, object? value) => Variables[name] = value;
    public object? GetInput(string name) => Inputs.GetValueOrDefault(name);
    public IReadOnlyCollection<string> InputNames => Inputs.Keys;
    public (object? Value, int Index)? CurrentLoopItem { get; init; }
}
