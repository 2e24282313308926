using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>Adds people straight to the Identity tables, for tests about whom tasks and notices reach.</summary>
internal static class Users
{
    public static Task AddAsync(TestDatabase database, string userName, string office, string role, string? email) => database.InScopeAsync(async scope =>
    {
        var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
        var roleRow = await db.Roles.FirstOrDefaultAsync(r => r.Name == role);
        if (roleRow is null)
            db.Roles.Add(roleRow = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() });
        var user = new Identity.ApplicationUser { UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), Office = office, DisplayName = userName, Email = email };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleRow.Id });
        await db.SaveChangesAsync();
    });
}
