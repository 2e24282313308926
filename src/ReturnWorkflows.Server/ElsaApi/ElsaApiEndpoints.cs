using ReturnWorkflows.Server.ElsaApi.Definitions;
using ReturnWorkflows.Server.ElsaApi.Descriptors;
using ReturnWorkflows.Server.ElsaApi.Execution;
using ReturnWorkflows.Server.ElsaApi.Instances;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.ElsaApi;

/// <summary>
/// The part of Elsa 3.8's REST API that Elsa Studio uses, under <c>/elsa/api</c>. Reading needs
/// <see cref="Policies.ViewWorkflows"/>; each endpoint that changes something names a stricter policy.
/// </summary>
internal static class ElsaApiEndpoints
{
    public const string BasePath = "/elsa/api";

    public static void MapElsaApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(BasePath).RequireApiPolicy(Policies.ViewWorkflows);
        api.MapDescriptorEndpoints();
        api.MapDefinitionEndpoints();
        api.MapUnservedEndpoints();
        api.MapInstanceEndpoints();
        api.MapActivityExecutionEndpoints();
        api.MapExecutionEndpoints();
    }
}
