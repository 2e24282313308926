using System.Text.Json.Nodes;

namespace ReturnWorkflows.Server.Tasks;

// The bodies the task and notice API reads (strictly, through ApiBody): a field not named here is refused.

/// <summary><c>POST /api/tasks/{id}/complete</c>: the chosen outcome and the form as filled in.</summary>
internal sealed record CompleteTaskRequest(string? Outcome, JsonObject? Form);

/// <summary><c>POST /api/tasks/{id}/reassign</c>: who gets the task.</summary>
internal sealed record ReassignTaskRequest(string? Assignee);

/// <summary><c>POST /api/notifications/read</c>: the caller's notices to mark read.</summary>
internal sealed record MarkNoticesReadRequest(IReadOnlyList<string?>? Ids)
{
    /// <summary>One page of notices is at most 200; a client marking more sends several requests.</summary>
    public const int MaxIds = 500;
}
