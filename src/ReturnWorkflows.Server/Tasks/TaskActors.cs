using System.Security.Claims;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Tasks;

internal static class TaskActors
{
    /// <summary>
    /// The caller as the task rules see them. Tasks are assigned by user name (what a manager types in the
    /// designer's Assignee input), so the user name is the id here.
    /// </summary>
    public static TaskActor ToTaskActor(this ClaimsPrincipal user) => new(
        user.Identity?.Name ?? throw new InvalidOperationException("The caller has no name."),
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
        user.GetOffice());

    /// <summary>Idempotency keys are per caller: one person's key can never replay another's completion.</summary>
    public static string? CompletionKey(this ClaimsPrincipal user, string? key) =>
        string.IsNullOrWhiteSpace(key) ? null : $"{user.Identity!.Name}:{key}";
}
