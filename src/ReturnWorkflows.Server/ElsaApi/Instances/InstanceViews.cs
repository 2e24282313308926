using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.State;

namespace ReturnWorkflows.Server.ElsaApi.Instances;

/// <summary>
/// Elsa's instance records (elsa-semantics.md §7) as projections of our own state: the Studio reads these shapes,
/// our engine never stores them.
/// </summary>
internal static class InstanceViews
{
    public static WorkflowInstanceSummary Summary(WorkflowInstance i) => new(
        i.Id, i.DefinitionId, i.DefinitionVersionId, i.DefinitionVersion, i.Status.ToString(), i.SubStatus.ToString(),
        i.CorrelationId, i.IsTestRun ? $"Test run{(i.Name is null ? "" : ": " + i.Name)}" : i.Name, i.IncidentCount,
        Utc(i.CreatedAt), Utc(i.UpdatedAt), Utc(i.FinishedAt), i.IsTestRun);

    public static JsonObject Instance(WorkflowInstance i, InstanceState state, IReadOnlyList<Bookmark> bookmarks, IReadOnlyList<Incident> incidents)
    {
        var summary = Summary(i);
        return new JsonObject
        {
            ["id"] = i.Id, ["definitionId"] = i.DefinitionId, ["definitionVersionId"] = i.DefinitionVersionId, ["version"] = i.DefinitionVersion,
            ["parentWorkflowInstanceId"] = i.ParentInstanceId, ["status"] = summary.Status, ["subStatus"] = summary.SubStatus,
            ["isExecuting"] = false, ["correlationId"] = i.CorrelationId, ["name"] = summary.Name, ["incidentCount"] = i.IncidentCount,
            ["isSystem"] = i.IsSystem, ["isTestRun"] = i.IsTestRun,
            ["createdAt"] = summary.CreatedAt, ["updatedAt"] = summary.UpdatedAt, ["finishedAt"] = summary.FinishedAt,
            ["workflowState"] = WorkflowState(i, state, bookmarks, incidents),
        };
    }

    private static JsonObject WorkflowState(WorkflowInstance i, InstanceState state, IReadOnlyList<Bookmark> bookmarks, IReadOnlyList<Incident> incidents) => new()
    {
        ["id"] = i.Id, ["definitionId"] = i.DefinitionId, ["definitionVersionId"] = i.DefinitionVersionId, ["definitionVersion"] = i.DefinitionVersion,
        ["parentWorkflowInstanceId"] = i.ParentInstanceId, ["correlationId"] = i.CorrelationId, ["name"] = i.Name,
        ["status"] = i.Status.ToString(), ["subStatus"] = i.SubStatus.ToString(), ["isExecuting"] = false,
        ["bookmarks"] = new JsonArray(bookmarks.Select(b => (JsonNode)new JsonObject
        {
            ["id"] = b.Id, ["name"] = b.Name, ["hash"] = b.Hash, ["payload"] = Parse(b.Payload), ["activityId"] = b.ActivityId,
            ["activityNodeId"] = b.ActivityNodeId, ["activityInstanceId"] = b.ActivityInstanceId, ["createdAt"] = Utc(b.CreatedAt),
            ["autoBurn"] = true, ["metadata"] = b.DueAt is { } due ? new JsonObject { ["dueAt"] = Utc(due) } : null,
        }).ToArray()),
        ["incidents"] = new JsonArray(incidents.Select(x => (JsonNode)new JsonObject
        {
            ["activityId"] = x.ActivityId, ["activityNodeId"] = x.ActivityNodeId, ["activityType"] = x.ActivityType,
            ["activityInstanceId"] = x.ActivityInstanceId, ["message"] = x.Message, ["exception"] = Parse(x.Exception), ["timestamp"] = Utc(x.Timestamp),
        }).ToArray()),
        ["completionCallbacks"] = new JsonArray(),
        ["activityExecutionContexts"] = new JsonArray(state.Contexts.Select(c => (JsonNode)new JsonObject
        {
            ["id"] = c.Id, ["parentContextId"] = c.ParentId, ["scheduledActivityNodeId"] = c.NodeId, ["ownerActivityNodeId"] = c.NodeId,
            ["properties"] = c.Properties.DeepClone(), ["metadata"] = new JsonObject(), ["activityState"] = new JsonObject(),
            ["dynamicVariables"] = new JsonArray(), ["status"] = c.Status.ToString(), ["isExecuting"] = false, ["faultCount"] = 0,
            ["startedAt"] = Utc(c.StartedAt), ["tag"] = c.Tag,
        }).ToArray()),
        ["scheduledActivities"] = new JsonArray(),
        ["executionLogSequence"] = state.NextJournalSequence,
        ["input"] = state.Input.DeepClone(), ["output"] = state.Output.DeepClone(), ["properties"] = new JsonObject(),
        ["isSystem"] = i.IsSystem, ["createdAt"] = Utc(i.CreatedAt), ["updatedAt"] = Utc(i.UpdatedAt), ["finishedAt"] = Utc(i.FinishedAt),
    };

    public static JsonObject JournalItem(JournalEntry e) => new()
    {
        ["id"] = e.Id, ["activityInstanceId"] = e.ActivityInstanceId, ["parentActivityInstanceId"] = e.ParentActivityInstanceId,
        ["activityId"] = e.ActivityId, ["activityType"] = e.ActivityType, ["activityTypeVersion"] = e.ActivityTypeVersion,
        ["activityName"] = e.ActivityName, ["nodeId"] = e.NodeId, ["timestamp"] = Utc(e.Timestamp), ["sequence"] = e.Sequence,
        ["eventName"] = e.EventName, ["message"] = e.Message, ["source"] = e.Source, ["activityState"] = new JsonObject(), ["payload"] = Parse(e.Payload),
    };

    public static JsonObject ActivityExecution(ActivityExecutionRecord r, bool withState) => new()
    {
        ["id"] = r.Id, ["workflowInstanceId"] = r.WorkflowInstanceId, ["activityId"] = r.ActivityId, ["activityNodeId"] = r.ActivityNodeId,
        ["activityType"] = r.ActivityType, ["activityTypeVersion"] = r.ActivityTypeVersion, ["activityName"] = r.ActivityName,
        ["activityState"] = withState ? Parse(r.ActivityState) ?? new JsonObject() : null,
        ["outputs"] = new JsonObject(), ["properties"] = new JsonObject(), ["metadata"] = new JsonObject(),
        ["payload"] = withState ? Parse(r.Payload) : null, ["exception"] = withState ? Parse(r.Exception) : null,
        ["startedAt"] = Utc(r.StartedAt), ["completedAt"] = Utc(r.CompletedAt), ["hasBookmarks"] = r.HasBookmarks,
        ["status"] = r.Status, ["aggregateFaultCount"] = r.Status == "Faulted" ? 1 : 0, ["callStackDepth"] = 0,
        ["sequence"] = r.Sequence, // ours: the order the records ran in (Elsa's record has no such field; the Studio ignores it)
    };

    public static DateTimeOffset? Utc(DateTime? value) => value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static JsonNode? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try { return JsonNode.Parse(json); }
        catch (System.Text.Json.JsonException) { return JsonValue.Create(json); }
    }
}

public sealed record WorkflowInstanceSummary(
    string Id, string DefinitionId, string DefinitionVersionId, int Version, string Status, string SubStatus,
    string? CorrelationId, string? Name, int IncidentCount, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt, bool IsTestRun);
