using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Server.Http;

/// <summary>
/// Reads the body of a request to our own API (<c>/api/...</c>) into its request record, strictly: a typo in a
/// client must not silently drop data. Refused, naming the field, and before anything changes: a content type other
/// than JSON (415), a body over <see cref="MaxBytes"/> (413), invalid JSON or a key given twice at any depth (400),
/// a field the record does not have (400, every one listed), a field it requires left out or null (400, every one
/// listed, at any depth: <see cref="RequiredFields"/>), a value of the wrong type (400).
/// The Elsa API keeps its lenient reader (<see cref="JsonBody"/>): it must accept whatever the Studio sends.
/// Messages are in the request's language (SharedResource); the field names in <c>errors</c> never change.
/// </summary>
internal static class ApiBody
{
    /// <summary>The largest body our API reads: forms are bounded far below this (64 KB unstructured).</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Our JSON conventions with nothing left to interpretation: unknown members refused, numbers are numbers.</summary>
    private static readonly JsonSerializerOptions Strict = new(EngineJson.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        AllowDuplicateProperties = false,
    };

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        var text = request.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        RequireJson(request, text);
        using var document = Parse(await ReadBoundedAsync(request, text, ct), text);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
            throw new RequestRefusedException(400, "body", text["The body must be a JSON object."]);

        var typeInfo = Strict.GetTypeInfo(typeof(T));
        var fields = typeInfo.Properties.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = document.RootElement.EnumerateObject().Where(p => !fields.Contains(p.Name))
            .ToDictionary(p => p.Name, p => new[] { text["'{0}' is not a field of this request. Its fields: {1}.", p.Name, string.Join(", ", typeInfo.Properties.Select(f => f.Name))].Value });
        if (unknown.Count > 0)
            throw new RequestRefusedException(400, unknown);
        if (RequiredFields.MissingIn(document.RootElement, typeInfo, text) is { Count: > 0 } missing)
            throw new RequestRefusedException(400, missing);

        try
        {
            return document.Deserialize<T>(Strict) ?? throw new RequestRefusedException(400, "body", text["The body must be a JSON object."]);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            var expected = typeInfo.Properties.FirstOrDefault(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase)) is { } property
                ? " " + text["It must be {0}.", text[Describe(property)]] : "";
            throw new RequestRefusedException(400, field, text["'{0}' does not have a value of the right type.", field] + expected);
        }
    }

    private static void RequireJson(HttpRequest request, IStringLocalizer text)
    {
        if (!request.HasJsonContentType())
            throw new RequestRefusedException(StatusCodes.Status415UnsupportedMediaType, "Content-Type", string.IsNullOrEmpty(request.ContentType)
                ? text["Send the body as JSON (Content-Type: application/json), not without a content type."]
                : text["Send the body as JSON (Content-Type: application/json), not {0}.", request.ContentType]);
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpRequest request, IStringLocalizer text, CancellationToken ct)
    {
        if (request.ContentLength > MaxBytes)
            throw TooLarge(text);
        // Kestrel then stops a body without a length (chunked) at the same size.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBytes;
        // Read no more than one byte past the limit, whatever the server's own limit (the test host has none).
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxBytes) throw TooLarge(text);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(text);
        }
        return buffer.ToArray();
    }

    private static RequestRefusedException TooLarge(IStringLocalizer text) =>
        new(StatusCodes.Status413PayloadTooLarge, "body", text["The body is larger than {0} KB, the most this API reads.", MaxBytes / 1024]);

    private static JsonDocument Parse(byte[] body, IStringLocalizer text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new RequestRefusedException(400, "body", text["The body is not valid JSON: {0}", e.Message]);
        }
        if (FirstDuplicate(document.RootElement, "") is { } duplicate)
        {
            document.Dispose();
            throw new RequestRefusedException(400, duplicate, text["'{0}' is given more than once.", duplicate]);
        }
        return document;
    }

    /// <summary>The path (<c>form.sessionDate</c>) of the first key an object repeats, anywhere in the body.</summary>
    private static string? FirstDuplicate(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var property in element.EnumerateObject())
                {
                    var here = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (!seen.Add(property.Name)) return here;
                    if (FirstDuplicate(property.Value, here) is { } inner) return inner;
                }
                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    if (FirstDuplicate(item, $"{path}[{index++}]") is { } inner) return inner;
                return null;
            default:
                return null;
        }
    }

    /// <summary>"$.form.x" → "form.x"; the whole body when the serializer names no member.</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string Describe(JsonPropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(string)) return "text";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(JsonObject)) return "a JSON object";
        if (type.IsPrimitive || type == typeof(decimal)) return "a number";
        if (type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)) return "a list";
        return "a JSON object";
    }
}
