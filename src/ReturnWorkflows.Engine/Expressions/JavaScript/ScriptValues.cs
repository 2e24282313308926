using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using ReturnWorkflows.Engine.Serialization;
using JintEngine = Jint.Engine;

namespace ReturnWorkflows.Engine.Expressions.JavaScript;

/// <summary>Values crossing the sandbox's edge: only primitives and JSON, never a live .NET or engine object.</summary>
internal static class ScriptValues
{
    /// <summary>null, bool, double, string, or a JsonNode for objects and arrays.</summary>
    public static object? ToDotNet(JintEngine engine, JsValue value)
    {
        if (value.IsNull() || value.IsUndefined()) return null;
        if (value.IsBoolean()) return value.AsBoolean();
        if (value.IsNumber()) return value.AsNumber();
        if (value.IsString()) return value.AsString();
        var json = new Jint.Native.Json.JsonSerializer(engine).Serialize(value, JsValue.Undefined, JsValue.Undefined);
        try { return json.IsString() ? JsonNode.Parse(json.AsString(), documentOptions: new JsonDocumentOptions { MaxDepth = 256 }) : null; }
        catch (JsonException) { throw new ScriptException("The script's result is nested too deeply.", null); }
    }

    public static JsValue ToJs(JintEngine engine, object? value) => value switch
    {
        null => JsValue.Null,
        bool b => b ? JsBoolean.True : JsBoolean.False,
        string s => new JsString(s),
        double or float or int or long or decimal or short or byte => new JsNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        JsonValue json when json.TryGetValue<string>(out var s) => new JsString(s),
        JsonValue json when json.TryGetValue<bool>(out var b) => b ? JsBoolean.True : JsBoolean.False,
        JsonValue json when json.TryGetValue<double>(out var d) => new JsNumber(d),
        DateTime dt => new JsString(dt.ToString("O", CultureInfo.InvariantCulture)),
        DateTimeOffset dto => new JsString(dto.ToString("O", CultureInfo.InvariantCulture)),
        TimeSpan or Guid => new JsString(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        // Everything else crosses as JSON, so scripts get plain objects and never a .NET handle.
        _ => new Jint.Native.Json.JsonParser(engine).Parse(value is JsonNode node ? node.ToJsonString() : JsonSerializer.Serialize(value, EngineJson.Options)),
    };
}
