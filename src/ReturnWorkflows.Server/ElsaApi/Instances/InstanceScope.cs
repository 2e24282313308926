using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Tasks;

namespace ReturnWorkflows.Server.ElsaApi.Instances;

/// <summary>
/// Which workflow instances a designer user may read under <c>/elsa/api</c>. Administrators and programme managers
/// (who design and run the workflows) see every instance; a supervisor only the instances of cases hosted by their own
/// office, since an instance's journal and variables are part of a case. An instance outside that scope answers 404,
/// like a case does: its existence is itself sensitive.
/// </summary>
internal static class InstanceScope
{
    public static IQueryable<WorkflowInstance> VisibleTo(this IQueryable<WorkflowInstance> instances, ClaimsPrincipal user, ReturnWorkflowsDbContext db)
    {
        if (SeesEverything(user)) return instances;
        var office = user.ToTaskActor().Office;
        if (office is null) return instances.Where(_ => false);
        return instances.Where(i => i.CaseId != null && db.ReturnCases.Any(c => c.Id == i.CaseId && c.HostOffice == office));
    }

    /// <summary>Whether <paramref name="instanceId"/> exists and is within the user's scope.</summary>
    public static Task<bool> AdmitsAsync(ClaimsPrincipal user, ReturnWorkflowsDbContext db, string instanceId, CancellationToken ct) =>
        db.WorkflowInstances.AsNoTracking().Where(i => i.Id == instanceId).VisibleTo(user, db).AnyAsync(ct);

    private static bool SeesEverything(ClaimsPrincipal user) => user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.ProgrammeManager);
}
