using System.Security.Claims;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Server.Tasks;

namespace ReturnWorkflows.Server.Cases;

internal static class CaseViewers
{
    /// <summary>The caller as the case rules see them: the same name, roles and office the task rules read.</summary>
    public static CaseViewer ToCaseViewer(this ClaimsPrincipal user)
    {
        var actor = user.ToTaskActor();
        return new CaseViewer(actor.UserId, actor.Roles, actor.Office);
    }
}
