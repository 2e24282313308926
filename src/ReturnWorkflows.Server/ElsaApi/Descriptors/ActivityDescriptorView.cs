using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Server.ElsaApi.Descriptors;

/// <summary>An activity descriptor in the shape Elsa's <c>GET /descriptors/activities</c> answers.</summary>
public sealed record ActivityDescriptorView(
    string TypeName, string Namespace, string Name, int Version, string Category, string DisplayName, string? Description,
    IReadOnlyList<InputDescriptorView> Inputs, IReadOnlyList<OutputDescriptorView> Outputs, string Kind,
    IReadOnlyList<PortView> Ports, JsonObject CustomProperties, JsonObject ConstructionProperties,
    bool IsContainer, bool IsBrowsable, bool IsStart, bool IsTerminal)
{
    /// <param name="optionLists">The server's lists for inputs with <see cref="InputDescriptor.OptionsFrom"/>.</param>
    public static ActivityDescriptorView From(ActivityDescriptor d, IReadOnlyDictionary<string, IReadOnlyList<InputOption>> optionLists) => new(
        d.TypeName, d.Namespace, d.Name, d.Version, d.Category, d.DisplayName, d.Description,
        d.Inputs.OrderBy(i => i.Order).Select(i => InputDescriptorView.From(i, optionLists)).ToList(),
        d.Outputs.Select((o, index) => new OutputDescriptorView(o.Name, ElsaTypeNames.Of(o.ValueType), o.DisplayName, o.Description, index, true, false)).ToList(),
        d.Kind.ToString(),
        d.FlowOutcomes.Select(o => new PortView(o, o, "Flow", true))
            .Concat(d.EmbeddedPorts.Select(p => new PortView(p, ActivityDescriber.Humanize(p), "Embedded", true))).ToList(),
        [], ConstructionPropertiesOf(d), d.IsContainer, d.IsBrowsable, d.IsStart, d.IsTerminal);

    /// <summary>
    /// What the Studio writes into an activity it drops on the canvas. A fresh task must already carry its default
    /// outcomes, or the Studio's dynamic-outcomes port provider (which reads the activity, not the descriptor) would
    /// draw no port to connect. A task's generated name ("UserTask1") is blanked: the Studio labels a node with its
    /// display text, else its name, else its type's display name, so a fresh task reads "User task" or
    /// "Intake review" until the manager gives it a display text, instead of an identifier nobody chose.
    /// </summary>
    private static JsonObject ConstructionPropertiesOf(ActivityDescriptor d)
    {
        var properties = new JsonObject();
        if (d.Kind == ActivityKind.Task)
            properties["name"] = "";
        foreach (var input in d.Inputs.Where(i => i.UiHint == UiHints.DynamicOutcomes && i.DefaultValue is string[]))
        {
            properties[input.Name] = new JsonObject
            {
                ["typeName"] = ElsaTypeNames.Of(input.ValueType),
                ["expression"] = new JsonObject
                {
                    ["type"] = "Object",
                    ["value"] = System.Text.Json.JsonSerializer.Serialize((string[])input.DefaultValue!),
                },
            };
        }
        return properties;
    }
}

public sealed record InputDescriptorView(
    string Name, string TypeName, string DisplayName, string? Description, int Order, bool IsBrowsable, bool IsSynthetic,
    bool IsWrapped, string UiHint, string? Category, object? DefaultValue, string DefaultSyntax, bool IsReadOnly,
    bool IsSensitive, string? StorageDriverType, JsonObject? UiSpecifications)
{
    public static InputDescriptorView From(InputDescriptor i, IReadOnlyDictionary<string, IReadOnlyList<InputOption>> optionLists) => new(
        i.Name, ElsaTypeNames.Of(i.ValueType), i.DisplayName, i.Description, i.Order, true, false, i.IsWrapped, i.UiHint,
        i.Category, i.DefaultValue, i.DefaultSyntax, false, i.IsSensitive, null,
        UiSpecificationsOf(i, optionLists));

    /// <summary>
    /// Dropdown items and fixed ports, under the keys Elsa's option providers write them. A dropdown's are
    /// <c>{"dropdown": {"selectList": {"items": [{"text", "value"}]}}}</c>: the Studio's Dropdown reads DropDownProps.
    /// </summary>
    private static JsonObject? UiSpecificationsOf(InputDescriptor i, IReadOnlyDictionary<string, IReadOnlyList<InputOption>> optionLists)
    {
        var options = i.OptionsFrom is { } list ? optionLists.GetValueOrDefault(list) ?? []
            : i.Options?.Select(o => new InputOption(o, o)).ToList();
        if (i.OptionsFrom is not null || options is { Count: > 0 })
            return new JsonObject
            {
                ["dropdown"] = new JsonObject
                {
                    ["selectList"] = new JsonObject
                    {
                        ["items"] = new JsonArray(options!.Select(o => (JsonNode)new JsonObject { ["text"] = o.Text, ["value"] = o.Value }).ToArray()),
                    },
                },
            };
        if (i.FixedOutcomes is { Count: > 0 } fixedOutcomes)
            return new JsonObject { ["DynamicOutcomesOptions"] = new JsonObject { ["fixedOutcomes"] = new JsonArray(fixedOutcomes.Select(o => (JsonNode)o).ToArray()) } };
        return null;
    }
}

public sealed record OutputDescriptorView(string Name, string TypeName, string DisplayName, string? Description, int Order, bool IsBrowsable, bool IsSynthetic);

public sealed record PortView(string Name, string DisplayName, string Type, bool IsBrowsable);
