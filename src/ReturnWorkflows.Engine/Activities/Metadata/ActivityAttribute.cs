namespace ReturnWorkflows.Engine.Activities.Metadata;

/// <summary>Names an activity type as it stands in workflow JSON (<c>Elsa.FlowDecision</c>) and describes it for the designer.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string typeName, string category) : Attribute
{
    public string TypeName { get; } = typeName;
    public string Category { get; } = category;
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public ActivityKind Kind { get; init; } = ActivityKind.Action;
    public int Version { get; init; } = 1;
    public bool IsStart { get; init; }
    public bool IsTerminal { get; init; }
    public bool IsContainer { get; init; }
    public bool IsBrowsable { get; init; } = true;
}

/// <summary>Elsa's activity kinds, shown by the designer.</summary>
public enum ActivityKind
{
    Action,
    Trigger,
    Task,
    Job,
}
