using System.Text.Json;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Engine.Tasks.Forms;

namespace ReturnWorkflows.Server.Tasks;

/// <summary>A task as the inbox shows it; <see cref="Form"/> is the form to fill in, when the server knows it.</summary>
public sealed record TaskView(
    string Id, string Title, string? Description, string Status, string? Assignee, string? CandidateRole, string? CandidateOffice,
    int Priority, DateTime? DueAt, bool IsOverdue, IReadOnlyList<string> Outcomes, string? FormKey, FormDefinition? Form,
    string WorkflowInstanceId, string? CorrelationId, DateTime CreatedAt, DateTime? CompletedAt, string? CompletedBy, string? Outcome,
    string? ReassignedBy, DateTime? ReassignedAt)
{
    internal static TaskView From(HumanTask t, IFormCatalog forms, DateTime now) => new(
        t.Id, t.Title, t.Description, t.Status.ToString(), t.Assignee, t.CandidateRole, t.CandidateOffice,
        t.Priority, t.DueAt, t.DueAt <= now && t.Status is not (HumanTaskStatus.Completed or HumanTaskStatus.Cancelled),
        JsonSerializer.Deserialize<string[]>(t.Outcomes) ?? [], t.FormKey, t.FormKey is { } key ? forms.Find(key) : null,
        t.WorkflowInstanceId, t.CorrelationId, t.CreatedAt, t.CompletedAt, t.CompletedBy, t.Outcome, t.ReassignedBy, t.ReassignedAt);
}

internal sealed record TaskListView(IReadOnlyList<TaskView> Items, int Page, int PageSize);

/// <summary>What completing did: the task's outcome and where its workflow stands now.</summary>
internal sealed record CompletionView(string TaskId, string Outcome, string WorkflowInstanceId, string WorkflowStatus, string WorkflowSubStatus);

/// <summary>Turns tasks into views with the form catalogue and the clock (both singletons), so endpoints need neither.</summary>
public sealed class TaskViews(IFormCatalog forms, TimeProvider clock)
{
    public TaskView Of(HumanTask task) => TaskView.From(task, forms, clock.GetUtcNow().UtcDateTime);
}
