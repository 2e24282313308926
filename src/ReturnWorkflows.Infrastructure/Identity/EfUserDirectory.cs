using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Infrastructure.Identity;

/// <summary>Reads Identity's users and roles; locked-out or unconfirmed users are still listed (they keep their tasks).</summary>
internal sealed class EfUserDirectory(ReturnWorkflowsDbContext db) : IUserDirectory
{
    public async Task<DirectoryUser?> FindAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = userName.Trim().ToUpperInvariant();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        return user is null ? null : (await WithRolesAsync([user], cancellationToken)).Single();
    }

    public async Task<IReadOnlyList<DirectoryUser>> InOfficeAsync(string office, string role, CancellationToken cancellationToken)
    {
        var normalizedRole = role.ToUpperInvariant();
        var users = await (
                from u in db.Users.AsNoTracking()
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where u.Office == office && r.NormalizedName == normalizedRole
                orderby u.UserName
                select u)
            .ToListAsync(cancellationToken);
        return await WithRolesAsync(users, cancellationToken);
    }

    public async Task<IReadOnlyList<DirectoryUser>> WithEmailAsync(CancellationToken cancellationToken) =>
        await WithRolesAsync(await db.Users.AsNoTracking().Where(u => u.Email != null && u.Email != "").OrderBy(u => u.UserName).ToListAsync(cancellationToken),
            cancellationToken);

    private async Task<IReadOnlyList<DirectoryUser>> WithRolesAsync(IReadOnlyList<ApplicationUser> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (
                from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                where ids.Contains(ur.UserId)
                select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return users.Select(u => new DirectoryUser(u.UserName!, u.DisplayName, u.Email, u.Office,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList())).ToList();
    }
}
