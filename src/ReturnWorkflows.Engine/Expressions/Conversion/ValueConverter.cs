using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Engine.Expressions.Conversion;

/// <summary>
/// Converts an evaluated value to an input's declared type with Elsa's rules (elsa-semantics.md §4): null stays
/// null, blank strings become null, JSON text becomes objects and arrays, dates, spans, ids, numbers and booleans
/// use the invariant culture, enums come from names or numbers, collections convert item by item.
/// Our deliberate deviation: where Elsa silently falls back to the type's default, this throws
/// <see cref="ValueConversionException"/>, which the runtime records as an incident.
/// </summary>
public static class ValueConverter
{
    public static object? Convert(object? value, Type targetType)
    {
        var target = Nullable.GetUnderlyingType(targetType) ?? targetType;
        value = Unwrap(value);
        if (value is null)
            return null;
        if (target == typeof(object) || target.IsInstanceOfType(value))
            return value;
        if (target == typeof(JsonNode) || target == typeof(JsonObject) || target == typeof(JsonArray))
            return ToJson(value, target);
        if (value is string text)
            return FromString(text, target);
        if (target == typeof(string))
            return value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : Serialize(value);
        if (IsCollection(target) && value is IEnumerable items and not string)
            return ToCollection(items.Cast<object?>(), target);
        if (target.IsEnum)
            return ToEnum(value, target);
        if (value is IDictionary<string, object?> or JsonElement)
            return Deserialize(Serialize(value), target, value);
        try
        {
            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            throw new ValueConversionException(value, target, e);
        }
    }

    private static object? FromString(string text, Type target)
    {
        if (target == typeof(string))
            return text;
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var trimmed = text.Trim();
        try
        {
            if (target == typeof(byte[]))
                return System.Convert.FromBase64String(trimmed);
            if (target == typeof(TimeSpan))
                return TimeSpan.Parse(trimmed, CultureInfo.InvariantCulture);
            if (target == typeof(DateTimeOffset))
                return DateTimeOffset.Parse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            if (target == typeof(DateTime))
                return DateTime.Parse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            if (target == typeof(Guid))
                return Guid.Parse(trimmed);
            if (target == typeof(bool))
                return bool.Parse(trimmed);
            if (target.IsEnum)
                return ToEnum(trimmed, target);
            if (trimmed[0] is '{' or '[' && !target.IsPrimitive && target != typeof(decimal))
                return Deserialize(trimmed, target, text);
            if (IsCollection(target))
                return ToCollection([text], target); // one string to a string list becomes a one-item list
            var converter = TypeDescriptor.GetConverter(target);
            if (converter.CanConvertFrom(typeof(string)))
                return converter.ConvertFromInvariantString(trimmed);
            return System.Convert.ChangeType(trimmed, target, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException or NotSupportedException)
        {
            throw new ValueConversionException(text, target, e);
        }
    }

    private static object ToEnum(object value, Type target)
    {
        var text = System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            var numbered = Enum.ToObject(target, number);
            if (Enum.IsDefined(target, numbered)) return numbered;
        }
        else if (Enum.TryParse(target, text, ignoreCase: true, out var named) && named is not null && Enum.IsDefined(target, named))
        {
            return named;
        }
        throw new ValueConversionException(value, target, null);
    }

    private static bool IsCollection(Type type) =>
        type.IsArray || (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type.GetGenericArguments().Length == 1);

    private static object ToCollection(IEnumerable<object?> items, Type target)
    {
        var elementType = target.IsArray ? target.GetElementType()! : target.GetGenericArguments()[0];
        var converted = items.Select(item => Convert(item, elementType)).ToList();
        var array = Array.CreateInstance(elementType, converted.Count);
        for (var i = 0; i < converted.Count; i++) array.SetValue(converted[i], i);
        if (target.IsArray || target.IsAssignableFrom(array.GetType()))
            return array;
        return Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType), array)!;
    }

    private static object? Deserialize(string json, Type target, object original)
    {
        try
        {
            return JsonSerializer.Deserialize(json, target, EngineJson.Options);
        }
        catch (JsonException e)
        {
            throw new ValueConversionException(original, target, e);
        }
    }

    private static JsonNode? ToJson(object value, Type target)
    {
        JsonNode? node;
        try { node = value is string text && text.TrimStart() is ['{' or '[', ..] ? JsonNode.Parse(text) : JsonSerializer.SerializeToNode(value, EngineJson.Options); }
        catch (JsonException e) { throw new ValueConversionException(value, target, e); }
        return node is null || target.IsInstanceOfType(node) ? node : throw new ValueConversionException(value, target, null);
    }

    private static string Serialize(object value) => JsonSerializer.Serialize(value, EngineJson.Options);

    // JSON values from the state document become plain .NET values before converting.
    private static object? Unwrap(object? value) => value switch
    {
        JsonValue json when json.TryGetValue<string>(out var s) => s,
        JsonValue json when json.TryGetValue<bool>(out var b) => b,
        JsonValue json when json.TryGetValue<decimal>(out var d) => d,
        JsonValue json => json.ToJsonString(),
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.False } => false,
        JsonElement { ValueKind: JsonValueKind.Number } element => element.GetDecimal(),
        _ => value,
    };
}

/// <summary>A value that cannot become the input's type. Elsa would use the type's default; we raise an incident.</summary>
public sealed class ValueConversionException(object? value, Type targetType, Exception? cause)
    : Exception($"The value {Describe(value)} cannot be converted to {targetType.Name}" + (cause is null ? "." : $" ({cause.GetType().Name}).")) // the cause's message would quote the value
{
    public Type TargetType { get; } = targetType;

    // Values may be personal data: say what kind of value it was, never what it holds.
    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"(text of {s.Length} characters)",
        _ => $"of type {value.GetType().Name}",
    };
}
