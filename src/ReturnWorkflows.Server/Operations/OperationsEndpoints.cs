using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Notifications;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Operations;

/// <summary>
/// What operators ask when a case seems stuck (<c>/api/operations</c>): what is scheduled for an instance, which timers
/// fired, which e-mails failed, and sending a failed one again. Reads only; the one change is the requeue.
/// </summary>
internal static class OperationsEndpoints
{
    public static void MapOperationsEndpoints(this IEndpointRouteBuilder app)
    {
        var operations = app.MapGroup("/api/operations").RequireApiPolicy(Policies.OperateWorkflows);
        operations.MapGet("/instances/{id}/schedule", ScheduleAsync);
        operations.MapGet("/outbox", OutboxAsync);
        operations.MapPost("/outbox/{id}/requeue", async (string id, IOutboxStore outbox, ReturnWorkflowsDbContext db, TimeProvider clock,
            ILoggerFactory logs, CancellationToken ct) =>
        {
            if (await outbox.TryRequeueAsync(id, clock.GetUtcNow().UtcDateTime, ct))
            {
                logs.CreateLogger(typeof(OperationsEndpoints)).LogInformation("Outbox message {MessageId} requeued by an operator", id);
                return Results.Ok(new { id, status = nameof(OutboxStatus.Pending) });
            }
            var status = await db.OutboxMessages.Where(m => m.Id == id).Select(m => (OutboxStatus?)m.Status).FirstOrDefaultAsync(ct);
            throw status is null
                ? new NotFoundException("id", $"There is no outbox message '{id}'.")
                : new ConflictException("id", $"Outbox message '{id}' is {status}; only failed messages are requeued.");
        });
    }

    /// <summary>The instance's timers still to fire (delays, task reminders and escalations), earliest first, and those that fired.</summary>
    private static async Task<IResult> ScheduleAsync(string id, ReturnWorkflowsDbContext db, CancellationToken ct)
    {
        var instance = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == id)
                           .Select(i => new { i.Id, i.DefinitionId, i.DefinitionVersion, i.Status, i.SubStatus, i.IncidentCount })
                           .FirstOrDefaultAsync(ct)
                       ?? throw new NotFoundException("id", $"There is no workflow instance '{id}'.");
        var scheduled = await db.Bookmarks.AsNoTracking().Where(b => b.WorkflowInstanceId == id && b.DueAt != null)
            .OrderBy(b => b.DueAt).Select(b => new { bookmarkId = b.Id, name = b.Name, activityId = b.ActivityId, dueAt = b.DueAt })
            .ToListAsync(ct);
        var waiting = await db.Bookmarks.CountAsync(b => b.WorkflowInstanceId == id && b.DueAt == null, ct);
        var resumed = await db.JournalEntries.AsNoTracking()
            .Where(j => j.WorkflowInstanceId == id && j.EventName == "Resumed" && j.Payload != null)
            .OrderBy(j => j.Sequence).Select(j => new { j.ActivityId, j.ActivityType, j.Timestamp, j.Payload }).ToListAsync(ct);
        var fired = resumed
            .Select(j => (j, payload: JsonNode.Parse(j.Payload!) as JsonObject))
            .Where(x => x.payload?[JournalEntry.TimerPayloadKey] is not null)
            .Select(x => new
            {
                name = x.payload![JournalEntry.TimerPayloadKey]!.GetValue<string>(),
                activityId = x.j.ActivityId, activityType = x.j.ActivityType,
                dueAt = x.payload["DueAt"]?.GetValue<DateTime>(), firedAt = x.j.Timestamp,
            })
            .ToList();
        return Results.Ok(new
        {
            instanceId = instance.Id, instance.DefinitionId, instance.DefinitionVersion,
            status = instance.Status.ToString(), subStatus = instance.SubStatus.ToString(), instance.IncidentCount,
            scheduled, waitingWithoutTimer = waiting, fired,
        });
    }

    /// <summary>Messages by status (Failed first by default), with the counts operators watch; bodies are left out.</summary>
    private static async Task<IResult> OutboxAsync(string? status, string? page, string? pageSize, ReturnWorkflowsDbContext db, CancellationToken ct)
    {
        var wanted = OutboxStatus.Failed;
        if (!string.IsNullOrEmpty(status) && !Enum.TryParse(status, ignoreCase: true, out wanted))
            throw new CommandRejectedException("status", "status must be Pending, Sent or Failed.");
        var size = QueryValues.PageSize(QueryValues.Int(pageSize, "pageSize"), max: 200);
        var number = QueryValues.Page(QueryValues.Int(page, "page"));
        var items = await db.OutboxMessages.AsNoTracking().Where(m => m.Status == wanted)
            .OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id).Skip(number * size).Take(size)
            .Select(m => new
            {
                m.Id, m.Key, m.Channel, m.Recipient, m.Subject, status = m.Status.ToString(), m.Attempts, m.LastError,
                m.NextAttemptAt, m.CreatedAt, m.SentAt,
            })
            .ToListAsync(ct);
        var counts = await db.OutboxMessages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return Results.Ok(new
        {
            items, page = number, pageSize = size,
            counts = Enum.GetValues<OutboxStatus>().ToDictionary(s => s.ToString(), s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0),
        });
    }
}
