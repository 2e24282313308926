using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Expressions.Conversion;
using ReturnWorkflows.Engine.Runtime.State;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Engine.Runtime.Execution;

/// <summary>
/// Variable lookup as Elsa does it: a name resolves to the nearest container that declares it (the activity's own
/// flowchart first, the root workflow last); values live in that container's context, keyed by variable id, and
/// are converted to the declared type when assigned.
/// </summary>
internal sealed class VariableScope(WorkflowExecution execution)
{
    public IReadOnlyCollection<string> NamesInScope(ActivityExecutionContext context)
    {
        var names = new List<string>();
        for (var node = context.Node; node is not null; node = node.Parent)
            names.AddRange(node.Variables.Select(v => v.Name).OfType<string>());
        names.AddRange(RootContext().Variables.Select(p => p.Key).Where(k => k.StartsWith(DynamicPrefix, StringComparison.Ordinal)).Select(k => k[DynamicPrefix.Length..]));
        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    public object? Get(ActivityExecutionContext context, string name)
    {
        if (Find(context, v => v.Name == name) is not var (definition, owner))
            return JsonValues.ToPlain(RootContext().Variables[DynamicPrefix + name]);
        return owner.Variables.TryGetPropertyValue(definition.Id!, out var value)
            ? JsonValues.ToPlain(value)
            : DefaultOf(definition);
    }

    public void Set(ActivityExecutionContext context, string name, object? value)
    {
        if (Find(context, v => v.Name == name) is var (definition, owner))
            owner.Variables[definition.Id!] = JsonValues.FromPlain(ValueConverter.Convert(value, VariableTypes.Resolve(definition)));
        else
            RootContext().Variables[DynamicPrefix + name] = JsonValues.FromPlain(value); // setVariable creates what is missing
    }

    public void SetById(ActivityExecutionContext context, string variableId, object? value)
    {
        if (Find(context, v => v.Id == variableId) is not var (definition, owner))
            throw new InvalidOperationException($"No variable with id '{variableId}' is in scope.");
        owner.Variables[definition.Id!] = JsonValues.FromPlain(ValueConverter.Convert(value, VariableTypes.Resolve(definition)));
    }

    /// <summary>Inside a loop body: the loop's current item and index, kept in the loop's context.</summary>
    public (object? Value, int Index)? CurrentLoopItem(ActivityExecutionContext context)
    {
        for (var state = context.State; state is not null; state = Parent(state))
        {
            if (state.Properties.TryGetPropertyValue("currentIndex", out var index) && index is not null)
                return (JsonValues.ToPlain(state.Properties["currentValue"]), index.GetValue<int>());
            // A parallel loop's copy: its index is the tag it was scheduled with.
            if (Parent(state)?.Properties[Activities.Looping.LoopItems.ParallelItemsProperty] is JsonArray items
                && int.TryParse(state.Tag, out var copy) && copy < items.Count)
                return (JsonValues.ToPlain(items[copy]), copy);
        }
        return null;
    }

    private const string DynamicPrefix = "dynamic:";

    private (VariableDefinition Definition, ActivityContextState Owner)? Find(ActivityExecutionContext context, Func<VariableDefinition, bool> match)
    {
        for (var node = context.Node; node is not null; node = node.Parent)
        {
            var definition = node.Variables.FirstOrDefault(v => v.Id is not null && match(v));
            if (definition is null) continue;
            for (var state = context.State; state is not null; state = Parent(state))
                if (state.NodeId == node.NodeId)
                    return (definition, state);
        }
        return null;
    }

    private ActivityContextState? Parent(ActivityContextState state) =>
        state.ParentId is null ? null : execution.State.Contexts.FirstOrDefault(c => c.Id == state.ParentId);

    private ActivityContextState RootContext() => execution.State.Contexts.First(c => c.ParentId is null);

    private static object? DefaultOf(VariableDefinition definition)
    {
        try { return ValueConverter.Convert(JsonValues.ToPlain(definition.Value), VariableTypes.Resolve(definition)); }
        catch (ValueConversionException) { return null; } // Elsa: a default that does not convert leaves no default
    }
}

/// <summary>Elsa's variable type names (elsa-semantics.md §5) as .NET types.</summary>
internal static class VariableTypes
{
    public static Type Resolve(VariableDefinition variable)
    {
        var type = (variable.TypeName ?? "Object").ToLowerInvariant() switch
        {
            "string" => typeof(string),
            "boolean" => typeof(bool),
            "int16" => typeof(short),
            "int32" => typeof(int),
            "int64" or "long" => typeof(long),
            "single" => typeof(float),
            "double" => typeof(double),
            "decimal" => typeof(decimal),
            "guid" => typeof(Guid),
            "datetime" => typeof(DateTime),
            "datetimeoffset" => typeof(DateTimeOffset),
            "timespan" => typeof(TimeSpan),
            "bytearray" => typeof(byte[]),
            _ => typeof(object),
        };
        return variable.IsArray == true && type != typeof(object) ? type.MakeArrayType() : type;
    }
}
