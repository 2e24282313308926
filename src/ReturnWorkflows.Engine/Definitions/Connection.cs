using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Engine.Definitions;

/// <summary>
/// A flowchart connection. Always written in the nested shape Elsa 3.8 writes; read from it and from the
/// older flat shape (<c>source</c>, <c>target</c>, <c>sourcePort</c>, <c>targetPort</c>), as Elsa reads both.
/// </summary>
[JsonConverter(typeof(ConnectionJsonConverter))]
public sealed class Connection
{
    public ConnectionEndpoint Source { get; set; } = new();
    public ConnectionEndpoint Target { get; set; } = new();

    /// <summary>Designer bend points, kept as written.</summary>
    public JsonArray Vertices { get; set; } = [];

    /// <summary>Properties we do not model, kept for export.</summary>
    public JsonObject? Extra { get; set; }
}

public sealed class ConnectionEndpoint
{
    public string? Activity { get; set; }
    public string? Port { get; set; }
}

internal sealed class ConnectionJsonConverter : JsonConverter<Connection>
{
    private static readonly string[] KnownNames = ["source", "target", "sourcePort", "targetPort", "vertices"];

    public override Connection? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (JsonNode.Parse(ref reader) is not JsonObject json)
            return null;

        var connection = new Connection();
        var source = json.FindProperty("source");
        var target = json.FindProperty("target");
        if (source is JsonObject || target is JsonObject)
        {
            connection.Source = ReadEndpoint(source);
            connection.Target = ReadEndpoint(target);
        }
        else
        {
            connection.Source = new ConnectionEndpoint { Activity = AsString(source), Port = AsString(json.FindProperty("sourcePort")) };
            connection.Target = new ConnectionEndpoint { Activity = AsString(target), Port = AsString(json.FindProperty("targetPort")) };
        }

        if (json.FindProperty("vertices") is JsonArray vertices)
            connection.Vertices = (JsonArray)vertices.DeepClone();

        foreach (var (name, value) in json)
        {
            if (KnownNames.Any(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase)))
                continue;
            connection.Extra ??= [];
            connection.Extra[name] = value?.DeepClone();
        }
        return connection;
    }

    public override void Write(Utf8JsonWriter writer, Connection value, JsonSerializerOptions options)
    {
        var json = new JsonObject
        {
            ["source"] = WriteEndpoint(value.Source),
            ["target"] = WriteEndpoint(value.Target),
            ["vertices"] = value.Vertices.DeepClone(),
        };
        if (value.Extra is not null)
            foreach (var (name, extra) in value.Extra)
                json[name] = extra?.DeepClone();
        json.WriteTo(writer, options);
    }

    private static ConnectionEndpoint ReadEndpoint(JsonNode? node) => node switch
    {
        JsonObject endpoint => new ConnectionEndpoint
        {
            Activity = AsString(endpoint.FindProperty("activity")),
            Port = AsString(endpoint.FindProperty("port")),
        },
        _ => new ConnectionEndpoint { Activity = AsString(node) },
    };

    private static JsonObject WriteEndpoint(ConnectionEndpoint endpoint)
    {
        var json = new JsonObject { ["activity"] = endpoint.Activity };
        if (endpoint.Port is not null) json["port"] = endpoint.Port;
        return json;
    }

    private static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
