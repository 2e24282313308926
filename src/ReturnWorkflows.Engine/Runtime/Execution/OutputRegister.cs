using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Engine.Runtime.Execution;

/// <summary>
/// Activity outputs produced during one burst, for <c>getOutputFrom</c>, <c>getLastResult</c> and
/// <c>get&lt;Output&gt;From&lt;Activity&gt;()</c>. Like Elsa's register it is not persisted.
/// </summary>
internal sealed class OutputRegister
{
    private readonly Dictionary<string, Dictionary<string, object?>> _byActivity = new(StringComparer.Ordinal);
    private IReadOnlyCollection<(string, string)>? _named;

    public object? Last { get; private set; }

    public void Record(GraphNode node, string outputName, object? value)
    {
        foreach (var key in new[] { node.ActivityId, node.Activity?.Name }.OfType<string>())
        {
            if (!_byActivity.TryGetValue(key, out var outputs)) _byActivity[key] = outputs = new(StringComparer.OrdinalIgnoreCase);
            outputs[outputName] = value;
        }
        Last = value;
    }

    public object? Get(string activityIdOrName, string? outputName)
    {
        if (!_byActivity.TryGetValue(activityIdOrName, out var outputs)) return null;
        return outputName is null ? outputs.Values.FirstOrDefault() : outputs.GetValueOrDefault(outputName);
    }

    /// <summary>Every named activity of the workflow with each of its declared outputs.</summary>
    public IReadOnlyCollection<(string, string)> Named(WorkflowGraph graph) => _named ??= Collect(graph.Root).ToList();

    private static IEnumerable<(string, string)> Collect(GraphNode node)
    {
        if (node.Activity?.Name is { Length: > 0 } name && node.Descriptor is not null)
            foreach (var output in node.Descriptor.Outputs)
                yield return (name, output.Name);
        foreach (var child in node.Children.Values.Concat(node.Body is { } body && !node.Children.ContainsValue(body) ? [body] : []))
            foreach (var named in Collect(child))
                yield return named;
    }
}
