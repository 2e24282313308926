using Microsoft.AspNetCore.Authorization;

namespace ReturnWorkflows.Server.Identity;

public static class EndpointAuthorization
{
    /// <summary>An API endpoint: the policy, proven by a bearer token or an API key, never by the sign-in cookie.</summary>
    public static TBuilder RequireApiPolicy<TBuilder>(this TBuilder builder, string policy) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeAttribute(policy) { AuthenticationSchemes = string.Join(',', AuthSchemes.Api) });

    /// <summary>A page or page helper: the policy, proven by the sign-in cookie.</summary>
    public static TBuilder RequirePagePolicy<TBuilder>(this TBuilder builder, string policy) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeAttribute(policy) { AuthenticationSchemes = AuthSchemes.Cookie });
}
