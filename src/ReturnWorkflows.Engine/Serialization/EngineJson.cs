using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReturnWorkflows.Engine.Serialization;

/// <summary>
/// The one set of JSON settings the whole server uses: Elsa's conventions (camelCase, enums by name,
/// nulls left out, read case-insensitively). The HTTP layer applies the same settings through <see cref="Apply"/>.
/// </summary>
public static class EngineJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Copies our conventions onto options owned by someone else (ASP.NET's HTTP JSON options).</summary>
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.PropertyNameCaseInsensitive = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.NumberHandling = JsonNumberHandling.AllowReadingFromString;
        options.ReadCommentHandling = JsonCommentHandling.Skip;
        options.AllowTrailingCommas = true;
        // Designer text (names, descriptions, scripts) must survive unescaped, as Elsa writes it.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
            options.Converters.Add(new JsonStringEnumConverter());
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions();
        Apply(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
