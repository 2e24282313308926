namespace ReturnWorkflows.Engine.Activities.Metadata;

/// <summary>
/// Marks a property as an input. The property's type is the type values are converted to; the JSON name is the
/// camel-cased property name, as Elsa writes it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class InputAttribute : Attribute
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? Category { get; init; }

    /// <summary>The designer's editor: <see cref="UiHints"/>.</summary>
    public string UiHint { get; init; } = UiHints.SingleLine;

    public object? DefaultValue { get; init; }

    /// <summary>The expression type the designer offers first (Literal, Object, JavaScript).</summary>
    public string DefaultSyntax { get; init; } = "Literal";

    /// <summary>Journaled and shown redacted: personal data must not leak into the journal.</summary>
    public bool IsSensitive { get; init; }

    /// <summary>False for inputs the activity evaluates itself (a switch's cases).</summary>
    public bool IsWrapped { get; init; } = true;

    /// <summary>Options for dropdown hints.</summary>
    public string[]? Options { get; init; }

    /// <summary>
    /// For dropdown hints whose options only the running server knows (its forms, offices): one of
    /// <see cref="InputOptionLists"/>, filled in when the designer asks for the descriptors.
    /// </summary>
    public string? OptionsFrom { get; init; }

    /// <summary>
    /// For the <see cref="UiHints.DynamicOutcomes"/> editor: ports drawn whatever the person types (an Escalated port).
    /// </summary>
    public string[]? FixedOutcomes { get; init; }

    public int Order { get; init; }
}

/// <summary>Marks a property as an output that can be bound to a variable.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class OutputAttribute : Attribute
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
}

/// <summary>
/// Marks a property holding a child activity (a loop's body) rather than a value: an embedded port.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class PortAttribute : Attribute
{
    public string? DisplayName { get; init; }
}

/// <summary>The flow ports (outcomes) an activity can complete with; activities without it have one port, <c>Done</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FlowOutcomesAttribute(params string[] outcomes) : Attribute
{
    public IReadOnlyList<string> Outcomes { get; } = outcomes;
}

/// <summary>The lists a server fills dropdowns from (<see cref="InputAttribute.OptionsFrom"/>).</summary>
public static class InputOptionLists
{
    /// <summary>The forms of the form catalog, by key.</summary>
    public const string Forms = "forms";
    /// <summary>The roles whose people work tasks.</summary>
    public const string TaskRoles = "task-roles";
    /// <summary>The offices the server knows: those with a calendar and those its users belong to.</summary>
    public const string Offices = "offices";
    /// <summary>The workflow definitions with a published version, by definition id.</summary>
    public const string PublishedWorkflows = "published-workflows";
}

/// <summary>Editor names Elsa Studio understands.</summary>
public static class UiHints
{
    public const string SingleLine = "singleline";
    public const string MultiLine = "multiline";
    public const string Checkbox = "checkbox";
    public const string Dropdown = "dropdown";
    public const string TimeSpan = "timespan-picker";
    public const string DateTime = "datetime-picker";
    public const string CodeEditor = "code-editor";
    public const string VariablePicker = "variable-picker";
    public const string SwitchEditor = "switch-editor";
    public const string FlowJoinMode = "flow-join-mode";
    public const string JsonEditor = "json-editor";

    /// <summary>A list of names, each drawn as an outgoing port; the Studio's generic port provider reads it.</summary>
    public const string DynamicOutcomes = "dynamic-outcomes";
}
