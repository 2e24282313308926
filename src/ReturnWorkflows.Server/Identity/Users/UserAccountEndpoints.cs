using System.Security.Claims;
using ReturnWorkflows.Server.Http;

namespace ReturnWorkflows.Server.Identity.Users;

/// <summary>
/// <c>/api/users</c>: administrators (or the administrator API key, which is how a production install without demo
/// users gets its first administrator) list, create, change, deactivate and reactivate users and set passwords.
/// </summary>
internal static class UserAccountEndpoints
{
    public static void MapUserAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").RequireApiPolicy(Policies.AdministerUsers);
        group.MapGet("", (UserAccounts accounts, CancellationToken ct) => accounts.ListAsync(ct));
        group.MapGet("/{userName}", (string userName, UserAccounts accounts, CancellationToken ct) => accounts.GetAsync(userName, ct));
        group.MapPost("", async (HttpRequest request, UserAccounts accounts, CancellationToken ct) =>
        {
            var created = await accounts.CreateAsync(await ApiBody.ReadAsync<NewUserRequest>(request, ct), ct);
            return Results.Created($"/api/users/{Uri.EscapeDataString(created.UserName)}", created);
        });
        group.MapPut("/{userName}", async (string userName, HttpRequest request, UserAccounts accounts, CancellationToken ct) =>
            await accounts.ChangeAsync(userName, await ApiBody.ReadAsync<UserChangeRequest>(request, ct), ct));
        group.MapPost("/{userName}/deactivate", (string userName, ClaimsPrincipal user, UserAccounts accounts, CancellationToken ct) =>
            accounts.SetActiveAsync(userName, active: false, user.Identity?.Name ?? "", ct));
        group.MapPost("/{userName}/activate", (string userName, ClaimsPrincipal user, UserAccounts accounts, CancellationToken ct) =>
            accounts.SetActiveAsync(userName, active: true, user.Identity?.Name ?? "", ct));
        group.MapPost("/{userName}/password", async (string userName, HttpRequest request, UserAccounts accounts, CancellationToken ct) =>
        {
            await accounts.ResetPasswordAsync(userName, await ApiBody.ReadAsync<PasswordResetRequest>(request, ct), ct);
            return Results.NoContent();
        });
    }
}
