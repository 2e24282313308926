using Microsoft.Extensions.Options;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Notifications;

namespace ReturnWorkflows.Engine.Tasks;

/// <summary>
/// When tasks escalate, their office's supervisors are told: a notice in the application and an e-mail (to those with
/// an address) queued in the outbox, all in the step's own transaction. Each e-mail's key names the task and the
/// person, so a retried step cannot queue it twice.
/// </summary>
public sealed class TaskEscalationNotices(IHumanTaskStore tasks, IUserDirectory users, INotificationStore notifications, IOptions<NotificationOptions> options)
{
    public const string SupervisorRole = "Supervisor";

    public async Task<IReadOnlyList<OutboxMessage>> WriteAsync(IReadOnlyCollection<string> activityInstanceIds, DateTime now, CancellationToken cancellationToken)
    {
        var emails = new List<OutboxMessage>();
        foreach (var task in await tasks.FindByActivityInstancesAsync(activityInstanceIds, cancellationToken))
        {
            if (task.Status is not (HumanTaskStatus.Open or HumanTaskStatus.Assigned) || task.CandidateOffice is not { } office)
                continue;
            foreach (var supervisor in await users.InOfficeAsync(office, SupervisorRole, cancellationToken))
            {
                notifications.Add([new Notification
                {
                    Id = IdGenerator.NewId(), UserName = supervisor.UserName, Kind = NotificationKind.TaskEscalated,
                    Title = $"Escalated: {task.Title}", Link = $"/api/tasks/{task.Id}", TaskId = task.Id, CreatedAt = now,
                }]);
                if (string.IsNullOrWhiteSpace(supervisor.Email)) continue;
                emails.Add(new OutboxMessage
                {
                    Id = IdGenerator.NewId(),
                    Key = $"task-escalated:{task.Id}:{supervisor.UserName}",
                    Recipient = supervisor.Email,
                    Subject = "A task in your office has escalated",
                    Body = $"A task in office {office} is overdue and has escalated to you.\n\nSign in to see it: {options.Value.PublicBaseUrl.TrimEnd('/')}/\n",
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
            }
        }
        return emails;
    }
}
