namespace ReturnWorkflows.Server.ElsaApi.Descriptors;

/// <summary>
/// Endpoints the Studio may call for Elsa features we do not have. Each answers a valid empty value, because a 404
/// breaks the Studio (an unhandled Blazor error). The README lists them.
/// </summary>
internal static class UnservedEndpoints
{
    public static void MapUnservedEndpoints(this IEndpointRouteBuilder api)
    {
        // No optional Elsa feature is installed: no SignalR hub, so the instance viewer polls.
        api.MapGet("/features/installed", () => ListResponse<object>.Of([]));
        api.MapGet("/package/version", () => new { packageVersion = "3.8.2" });
        api.MapGet("/descriptors/output-converters", () => ListResponse<object>.Of([]));
        api.MapGet("/resilience/strategies", () => ListResponse<object>.Of([]));
        api.MapGet("/workflow-contexts/provider-descriptors", () => ListResponse<object>.Of([]));
    }
}
