using System.Text.Json;
using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Server.Http;

/// <summary>
/// Request bodies as the Elsa API reads them: leniently, since it must take whatever the Studio sends (our own API
/// reads strictly, through <see cref="ApiBody"/>). A body that is not a JSON object is a 400 naming "body".
/// </summary>
internal static class JsonBody
{
    public static async Task<JsonObject> ReadAsync(HttpRequest request, CancellationToken ct) =>
        await ReadOptionalAsync(request, ct, requireJsonContentType: false)
        ?? throw new CommandRejectedException("body", "The body must be a JSON object.");

    /// <summary>
    /// Null for an empty body. Where Elsa reads the body only when it is JSON (execute, dispatch, tasks, events),
    /// <paramref name="requireJsonContentType"/> makes any other content type mean "no options".
    /// </summary>
    public static async Task<JsonObject?> ReadOptionalAsync(HttpRequest request, CancellationToken ct, bool requireJsonContentType = true)
    {
        if (requireJsonContentType && request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true) return null;
        if (request.ContentLength == 0 || request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
            return null;
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: ct) switch
            {
                JsonObject o => o,
                null => null,
                _ => throw new CommandRejectedException("body", "The body must be a JSON object."),
            };
        }
        catch (JsonException e)
        {
            throw new CommandRejectedException("body", $"The body is not valid JSON: {e.Message}");
        }
    }
}
