using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Server.Http;

/// <summary><c>{"status":"Healthy","checks":{"database":{"status":"Healthy","description":"..."}}}</c></summary>
internal static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, EngineJson.Options));
    }
}
