using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReturnWorkflows.Engine.Definitions;

/// <summary>
/// Which versions of a definition a request means, with Elsa's names and matching rules
/// (elsa-semantics.md §1): Latest, Published, LatestOrPublished, LatestAndPublished, Draft, AllVersions, or a number.
/// </summary>
[JsonConverter(typeof(VersionOptionsJsonConverter))]
public readonly record struct VersionOptions
{
    private enum Kind { Latest, Published, LatestOrPublished, LatestAndPublished, Draft, AllVersions, Specific }

    private readonly Kind _kind;

    private VersionOptions(Kind kind, int version = 0)
    {
        _kind = kind;
        Version = version;
    }

    /// <summary>The version number for <see cref="SpecificVersion"/>; 0 otherwise.</summary>
    public int Version { get; }

    public static VersionOptions Latest { get; } = new(Kind.Latest);
    public static VersionOptions Published { get; } = new(Kind.Published);
    public static VersionOptions LatestOrPublished { get; } = new(Kind.LatestOrPublished);
    public static VersionOptions LatestAndPublished { get; } = new(Kind.LatestAndPublished);
    public static VersionOptions Draft { get; } = new(Kind.Draft);
    public static VersionOptions AllVersions { get; } = new(Kind.AllVersions);
    public static VersionOptions SpecificVersion(int version) => new(Kind.Specific, version);

    public bool IsSpecific => _kind == Kind.Specific;

    /// <summary>Whether a version with these flags and number matches, exactly as Elsa filters versioned entities.</summary>
    public bool Matches(bool isLatest, bool isPublished, int version) => _kind switch
    {
        Kind.Latest => isLatest,
        Kind.Published => isPublished,
        Kind.LatestOrPublished => isLatest || isPublished,
        Kind.LatestAndPublished => isLatest && isPublished,
        Kind.Draft => !isPublished,
        Kind.AllVersions => true,
        _ => version == Version,
    };

    /// <summary>Parses a query-string value: one of the names (case-sensitive, as Elsa) or an integer.</summary>
    public static bool TryParse(string? text, out VersionOptions options)
    {
        options = default;
        if (string.IsNullOrEmpty(text)) return false;
        if (Enum.TryParse<Kind>(text, ignoreCase: false, out var kind) && Enum.IsDefined(kind) && kind != Kind.Specific && text == kind.ToString())
        {
            options = new VersionOptions(kind);
            return true;
        }
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            options = SpecificVersion(number);
            return true;
        }
        return false;
    }

    public override string ToString() =>
        _kind == Kind.Specific ? Version.ToString(CultureInfo.InvariantCulture) : _kind.ToString();
}

/// <summary>JSON takes a name or a number, as Elsa's converter does; an empty string means Published.</summary>
internal sealed class VersionOptionsJsonConverter : JsonConverter<VersionOptions>
{
    public override VersionOptions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
            return VersionOptions.SpecificVersion(number);
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            if (string.IsNullOrEmpty(text)) return VersionOptions.Published;
            if (VersionOptions.TryParse(text, out var parsed)) return parsed;
        }
        throw new JsonException("versionOptions must be Latest, Published, LatestOrPublished, LatestAndPublished, Draft, AllVersions or a version number.");
    }

    public override void Write(Utf8JsonWriter writer, VersionOptions value, JsonSerializerOptions options)
    {
        if (value.IsSpecific) writer.WriteNumberValue(value.Version);
        else writer.WriteStringValue(value.ToString());
    }
}
