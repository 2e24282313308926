namespace ReturnWorkflows.Engine.Activities.Metadata;

/// <summary>What the designer and the validator know about an activity type; generated from its class.</summary>
public sealed record ActivityDescriptor(
    string TypeName,
    string Namespace,
    string Name,
    int Version,
    string Category,
    string DisplayName,
    string? Description,
    ActivityKind Kind,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<OutputDescriptor> Outputs,
    IReadOnlyList<string> FlowOutcomes,
    IReadOnlyList<string> EmbeddedPorts,
    bool IsContainer,
    bool IsBrowsable,
    bool IsStart,
    bool IsTerminal,
    Type ActivityType);

/// <param name="Name">PascalCase, as in Elsa descriptors; the JSON property is its camel-cased form.</param>
public sealed record InputDescriptor(
    string Name,
    Type ValueType,
    string DisplayName,
    string? Description,
    string? Category,
    string UiHint,
    object? DefaultValue,
    string DefaultSyntax,
    bool IsSensitive,
    bool IsWrapped,
    IReadOnlyList<string>? Options,
    int Order,
    IReadOnlyList<string>? FixedOutcomes = null,
    string? OptionsFrom = null)
{
    public string JsonName => ActivityDescriber.CamelCase(Name);
}

public sealed record OutputDescriptor(string Name, Type ValueType, string DisplayName, string? Description)
{
    public string JsonName => ActivityDescriber.CamelCase(Name);
}
