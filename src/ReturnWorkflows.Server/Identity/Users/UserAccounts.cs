using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Infrastructure.Identity;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Server.Identity.Users;

/// <summary>
/// Administrators create, change, deactivate and reactivate users and set a new password. Each change checks the
/// whole request first (a field error names the field), then writes in one transaction, so a refused change leaves
/// the user as they were. Changing roles, office or active state renews the security stamp: the user's cookie stops
/// working at its next check (<see cref="IdentityServiceCollectionExtensions"/>) and they sign in again.
/// </summary>
public sealed class UserAccounts(UserManager<ApplicationUser> users, ReturnWorkflowsDbContext db, IReferenceDataStore referenceData)
{
    /// <summary>Deactivated is locked out until the end of time; a temporary lockout after failed sign-ins ends sooner.</summary>
    public static readonly DateTimeOffset DeactivatedUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public async Task<IReadOnlyList<UserAccountView>> ListAsync(CancellationToken ct)
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        return all.Select(u => View(u, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!))).ToList();
    }

    public async Task<UserAccountView> GetAsync(string userName, CancellationToken ct)
    {
        var user = await FindAsync(userName);
        return View(user, await users.GetRolesAsync(user));
    }

    public async Task<UserAccountView> CreateAsync(NewUserRequest request, CancellationToken ct)
    {
        await CheckAsync(request.DisplayName, request.Office, request.Roles, ct);
        if (await users.FindByNameAsync(request.UserName) is not null)
            throw new ConflictException("userName", $"There is already a user '{request.UserName}'.");
        var user = new ApplicationUser { UserName = request.UserName.Trim(), DisplayName = request.DisplayName.Trim(), Email = Blank(request.Email), Office = request.Office };
        await InTransactionAsync(async () =>
        {
            Require(await users.CreateAsync(user, request.Password), "password");
            Require(await users.AddToRolesAsync(user, request.Roles.Distinct()), "roles");
        }, ct);
        return await GetAsync(user.UserName, ct);
    }

    public async Task<UserAccountView> ChangeAsync(string userName, UserChangeRequest request, CancellationToken ct)
    {
        var user = await FindAsync(userName);
        await CheckAsync(request.DisplayName, request.Office, request.Roles, ct);
        var current = await users.GetRolesAsync(user);
        await InTransactionAsync(async () =>
        {
            user.DisplayName = request.DisplayName.Trim();
            user.Email = Blank(request.Email);
            user.Office = request.Office;
            Require(await users.UpdateAsync(user), "userName");
            Require(await users.RemoveFromRolesAsync(user, current.Except(request.Roles)), "roles");
            Require(await users.AddToRolesAsync(user, request.Roles.Distinct().Except(current)), "roles");
            Require(await users.UpdateSecurityStampAsync(user), "userName");
        }, ct);
        return await GetAsync(userName, ct);
    }

    public async Task<UserAccountView> SetActiveAsync(string userName, bool active, string actingUserName, CancellationToken ct)
    {
        var user = await FindAsync(userName);
        if (!active && string.Equals(user.UserName, actingUserName, StringComparison.OrdinalIgnoreCase))
            throw new CommandRejectedException("userName", "You cannot deactivate yourself: ask another administrator.");
        await InTransactionAsync(async () =>
        {
            Require(await users.SetLockoutEnabledAsync(user, true), "userName");
            Require(await users.SetLockoutEndDateAsync(user, active ? null : DeactivatedUntil), "userName");
            if (active) Require(await users.ResetAccessFailedCountAsync(user), "userName");
            Require(await users.UpdateSecurityStampAsync(user), "userName");
        }, ct);
        return await GetAsync(userName, ct);
    }

    public async Task ResetPasswordAsync(string userName, PasswordResetRequest request, CancellationToken ct)
    {
        var user = await FindAsync(userName);
        // No reset token needed (and no token provider registered): the administrator is the proof. A password the
        // rules refuse rolls the removal of the old one back.
        await InTransactionAsync(async () =>
        {
            Require(await users.RemovePasswordAsync(user), "password");
            Require(await users.AddPasswordAsync(user, request.Password), "password");
        }, ct);
    }

    private async Task<ApplicationUser> FindAsync(string userName) =>
        await users.FindByNameAsync(userName) ?? throw new NotFoundException("userName", $"There is no user '{userName}'.");

    private async Task CheckAsync(string displayName, string office, IReadOnlyList<string> roles, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(displayName)) errors["displayName"] = ["Give the name colleagues know them by."];
        var offices = (await referenceData.OfficesAsync(ct)).Select(o => o.Code).ToList();
        if (!offices.Contains(office)) errors["office"] = [$"'{office}' is not an office. Offices: {string.Join(", ", offices)}."];
        if (roles.Count == 0) errors["roles"] = ["Give at least one role."];
        else if (roles.Where(r => !Roles.All.Contains(r)).ToList() is { Count: > 0 } unknown)
            errors["roles"] = [$"Not roles: {string.Join(", ", unknown)}. Roles: {string.Join(", ", Roles.All)}."];
        if (errors.Count > 0) throw new CommandFailedException(FailureKind.Invalid, "The user is not valid.", errors);
    }

    private async Task InTransactionAsync(Func<Task> work, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await work();
        await transaction.CommitAsync(ct);
    }

    /// <summary>Identity's refusals (a weak password, a taken or malformed name) as a field error; the transaction rolls back.</summary>
    private static void Require(IdentityResult result, string field)
    {
        if (result.Succeeded) return;
        var message = string.Join(" ", result.Errors.Select(e => e.Description));
        var named = result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password"
            : result.Errors.Any(e => e.Code is "InvalidUserName" or "DuplicateUserName") ? "userName"
            : field;
        throw new CommandFailedException(result.Errors.Any(e => e.Code == "DuplicateUserName") ? FailureKind.Conflict : FailureKind.Invalid,
            message, new Dictionary<string, string[]> { [named] = [message] });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static UserAccountView View(ApplicationUser user, IEnumerable<string> roles) =>
        new(user.UserName!, user.DisplayName, user.Email, user.Office, roles.Order().ToList(), Active: !IsDeactivated(user));

    /// <summary>A lockout after failed sign-ins ends within minutes; deactivation is the one that ends in year 9999.</summary>
    public static bool IsDeactivated(ApplicationUser user) => user.LockoutEnd is { } end && end >= DeactivatedUntil.AddYears(-1);
}
