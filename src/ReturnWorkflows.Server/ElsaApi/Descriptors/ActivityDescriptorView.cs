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
    public static ActivityDescriptorView From(ActivityDescriptor d) => new(
        d.TypeName, d.Namespace, d.Name, d.Version, d.Category, d.DisplayName, d.Description,
        d.Inputs.OrderBy(i => i.Order).Select(InputDescriptorView.From).ToList(),
        d.Outputs.Select((o, index) => new OutputDescriptorView(o.Name, ElsaTypeNames.Of(o.ValueType), o.DisplayName, o.Description, index, true, false)).ToList(),
        d.Kind.ToString(),
        d.FlowOutcomes.Select(o => new PortView(o, o, "Flow", true))
            .Concat(d.EmbeddedPorts.Select(p => new PortView(p, ActivityDescriber.Humanize(p), "Embedded", true))).ToList(),
        [], [], d.IsContainer, d.IsBrowsable, d.IsStart, d.IsTerminal);
}

public sealed record InputDescriptorView(
    string Name, string TypeName, string DisplayName, string? Description, int Order, bool IsBrowsable, bool IsSynthetic,
    bool IsWrapped, string UiHint, string? Category, object? DefaultValue, string DefaultSyntax, bool IsReadOnly,
    bool IsSensitive, string? StorageDriverType, JsonObject? UiSpecifications)
{
    public static InputDescriptorView From(InputDescriptor i) => new(
        i.Name, ElsaTypeNames.Of(i.ValueType), i.DisplayName, i.Description, i.Order, true, false, i.IsWrapped, i.UiHint,
        i.Category, i.DefaultValue, i.DefaultSyntax, false, i.IsSensitive, null,
        // Dropdowns read their items from uiSpecifications, as Elsa's option providers write them.
        i.Options is { Count: > 0 } options
            ? new JsonObject { ["dropdown"] = new JsonObject { ["items"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject { ["text"] = o, ["value"] = o }).ToArray()) } }
            : null);
}

public sealed record OutputDescriptorView(string Name, string TypeName, string DisplayName, string? Description, int Order, bool IsBrowsable, bool IsSynthetic);

public sealed record PortView(string Name, string DisplayName, string Type, bool IsBrowsable);
