using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;

namespace ReturnWorkflows.Server.Identity;

/// <summary>
/// Mints the short-lived bearer token the designer's API calls carry. It is ASP.NET Core's own bearer-token format
/// (a data-protected ticket), so the framework's handler validates it, expiry included, on every node.
/// </summary>
public sealed class AccessTokens(IOptionsMonitor<BearerTokenOptions> bearer, IOptions<IdentitySettings> settings, TimeProvider clock)
{
    public AccessToken Issue(ClaimsPrincipal user)
    {
        var expires = clock.GetUtcNow() + settings.Value.AccessTokenLifetime;
        var properties = new AuthenticationProperties { IssuedUtc = clock.GetUtcNow(), ExpiresUtc = expires };
        var ticket = new AuthenticationTicket(user, properties, AuthSchemes.Bearer);
        return new AccessToken(bearer.Get(AuthSchemes.Bearer).BearerTokenProtector.Protect(ticket), expires);
    }
}

public sealed record AccessToken(string Token, DateTimeOffset ExpiresAt);
