using System.Security.Claims;

namespace ReturnWorkflows.Server.Identity;

internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // Who is calling: lets a script check its key and a page its token.
        app.MapGet("/api/me", (ClaimsPrincipal user) => new CallerView(
                user.ActorId(), user.Identity?.Name ?? "", user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order().ToList(), user.GetOffice() ?? ""))
            .RequireApiPolicy(Policies.SignedIn);

        // The designer's host page (and any page calling our API) asks for a fresh bearer token with the sign-in cookie;
        // every API then checks its own policy. A GET is safe here: the
        // cookie is SameSite=Strict and no other origin may read the answer (no CORS).
        app.MapGet("/account/access-token", (ClaimsPrincipal user, AccessTokens tokens, HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                var token = tokens.Issue(user);
                return new AccessTokenView(token.Token, token.ExpiresAt);
            })
            .RequirePagePolicy(Policies.SignedIn);
    }
}

internal sealed record CallerView(string Id, string Name, IReadOnlyList<string> Roles, string Office);

internal sealed record AccessTokenView(string AccessToken, DateTimeOffset ExpiresAt);
