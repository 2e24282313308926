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
        // Monaco's IntelliSense for JavaScript inputs: no type declarations yet, so plain editing.
        api.MapPost("/scripting/javascript/type-definitions/{definitionId}", () => Results.Text("", "text/plain"));
        // Inputs with dynamic options: ours carry theirs in the descriptor.
        api.MapPost("/descriptors/activities/{activityTypeName}/options/{propertyName}", () => new { items = new Dictionary<string, object>() });
        // The editor's "Test" tab runs one activity on its own, which our engine does not do: a clear refusal.
        api.MapPost("/tests/activities", () => Results.Problem(
            "Testing a single activity is not supported by this server: use the Run button to start a test run of the workflow.",
            statusCode: StatusCodes.Status400BadRequest, title: "Not supported"));
    }
}
