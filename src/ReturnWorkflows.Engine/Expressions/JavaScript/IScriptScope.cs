namespace ReturnWorkflows.Engine.Expressions.JavaScript;

/// <summary>What a designer script may see and change of the running workflow: Elsa's script globals, nothing more.</summary>
public interface IScriptScope
{
    string WorkflowInstanceId { get; }
    string WorkflowDefinitionId { get; }
    string WorkflowDefinitionVersionId { get; }
    int WorkflowDefinitionVersion { get; }
    string? CorrelationId { get; set; }
    string? WorkflowInstanceName { get; set; }

    /// <summary>Names of the variables in scope, nearest first; each gets <c>get&lt;Name&gt;()</c> and <c>set&lt;Name&gt;(v)</c>.</summary>
    IReadOnlyCollection<string> VariableNames { get; }

    object? GetVariable(string name);

    /// <summary>Assigns a variable, creating it in the nearest scope when it does not exist (as Elsa does).</summary>
    void SetVariable(string name, object? value);

    /// <summary>A workflow input, looked up case-insensitively; null when absent.</summary>
    object? GetInput(string name);

    /// <summary>Names of the declared workflow inputs; each gets <c>get&lt;Name&gt;()</c>.</summary>
    IReadOnlyCollection<string> InputNames { get; }

    /// <summary>
    /// An output of an activity that ran in this burst, by activity id or name; the first output when no name is given.
    /// As in Elsa, outputs are not persisted: bind them to variables to keep them.
    /// </summary>
    object? GetOutput(string activityIdOrName, string? outputName) => null;

    /// <summary>The last output any activity produced in this burst.</summary>
    object? LastResult => null;

    /// <summary>Activities whose outputs scripts can name, with their output names, for <c>get&lt;Output&gt;From&lt;Activity&gt;()</c>.</summary>
    IReadOnlyCollection<(string ActivityName, string OutputName)> NamedOutputs => [];

    /// <summary>Inside a loop body: the current item and its index; otherwise null.</summary>
    (object? Value, int Index)? CurrentLoopItem { get; }
}
