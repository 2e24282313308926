using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Server.Http;

/// <summary>Query-string values as Elsa reads them; a bad one is a 400 naming the parameter.</summary>
internal static class QueryValues
{
    /// <summary>Elsa's names (case-sensitive) or a version number; missing or empty gives <paramref name="fallback"/>.</summary>
    public static VersionOptions? VersionOptions(string? text, VersionOptions? fallback)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        return Engine.Definitions.VersionOptions.TryParse(text, out var options)
            ? options
            : throw new CommandRejectedException("versionOptions", $"'{text}' is not a version option: use Latest, Published, LatestOrPublished, LatestAndPublished, Draft, AllVersions or a version number.");
    }

    public static int PageSize(int? pageSize, int fallback = 50, int max = 100) =>
        pageSize is null ? fallback
        : pageSize < 1 || pageSize > max ? throw new CommandRejectedException("pageSize", $"pageSize must be between 1 and {max}.")
        : pageSize.Value;

    public static int Page(int? page) => page switch
    {
        null => 0,
        < 0 => throw new CommandRejectedException("page", "page must be 0 or more."),
        _ => page.Value,
    };

    public static int? Int(string? text, string name) =>
        string.IsNullOrEmpty(text) ? null
        : int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value
        : throw new CommandRejectedException(name, $"{name} must be a whole number.");

    public static bool? Bool(string? text, string name) =>
        string.IsNullOrEmpty(text) ? null
        : bool.TryParse(text, out var value) ? value
        : throw new CommandRejectedException(name, $"{name} must be true or false.");

    /// <summary>A date written year-month-day (<c>2026-12-01</c>); missing or empty gives null.</summary>
    public static DateOnly? Date(string? text, string name) =>
        string.IsNullOrEmpty(text) ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var value) ? value
        : throw new CommandRejectedException(name, $"{name} must be a date written year-month-day (2026-12-01).");

    /// <summary>An enum member by name (any case); missing or empty gives null.</summary>
    public static TEnum? Enum<TEnum>(string? text, string name) where TEnum : struct, System.Enum =>
        string.IsNullOrEmpty(text) ? null
        : System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) ? value
        : throw new CommandRejectedException(name, $"{name} must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");

    /// <summary>Repeated (<c>?ids=a&amp;ids=b</c>) or comma-separated values.</summary>
    public static IReadOnlyList<string>? List(string[]? values) =>
        values is null or { Length: 0 } ? null
            : values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
