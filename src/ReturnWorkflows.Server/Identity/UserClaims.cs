using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Infrastructure.Identity;

namespace ReturnWorkflows.Server.Identity;

/// <summary>The claims our code reads besides Identity's own (id, name, roles).</summary>
public static class UserClaims
{
    public const string Office = "office";
    public const string DisplayName = "display_name";

    public static string? GetOffice(this ClaimsPrincipal user) => user.FindFirstValue(Office);

    /// <summary>The stable id used in audit records: the user id, or "apikey:&lt;id&gt;" for automation.</summary>
    public static string ActorId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The caller has no identity.");
}

/// <summary>Adds the office and display name to the principal Identity builds at sign-in.</summary>
internal sealed class ApplicationClaimsFactory(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(UserClaims.Office, user.Office));
        identity.AddClaim(new Claim(UserClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
