using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Infrastructure.Identity;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Configuration;

namespace ReturnWorkflows.Server.Identity;

/// <summary>
/// <c>Authorization: ApiKey &lt;key&gt;</c>. The key is looked up by its hash among unrevoked, unexpired keys; the
/// administrator key from <c>ReturnWorkflows:ApiKey</c> is compared by hash in constant time.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IOptions<ServerOptions> server, ReturnWorkflowsDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Prefix = "ApiKey ";
    /// <summary>The id under which the configured administrator key acts in audit records.</summary>
    public const string ConfiguredKeyId = "configured";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var key = header[Prefix.Length..].Trim();
        if (key.Length == 0) return AuthenticateResult.Fail("The ApiKey header carries no key.");
        var hash = ApiKeyHashing.Hash(key);

        if (server.Value.ApiKey is { Length: > 0 } configured && ApiKeyHashing.SameHash(hash, ApiKeyHashing.Hash(configured)))
            return Success(ConfiguredKeyId, "Configured administrator key", Roles.Administrator, office: "");

        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await db.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (stored is null || stored.ExpiresAt <= now) return AuthenticateResult.Fail("The API key is unknown, revoked or expired.");
        return Success(stored.Id, stored.Name, stored.Role, stored.Office);
    }

    private AuthenticateResult Success(string id, string name, string role, string office)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "apikey:" + id),
                new Claim(ClaimTypes.Name, name),
                new Claim(ClaimTypes.Role, role),
                new Claim(UserClaims.Office, office),
            ], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
