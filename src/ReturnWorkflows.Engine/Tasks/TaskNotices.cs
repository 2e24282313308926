using Microsoft.Extensions.Options;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Notifications;

namespace ReturnWorkflows.Engine.Tasks;

public enum TaskNoticeKind
{
    /// <summary>Overdue past its escalation rule: tells the office's supervisors.</summary>
    Escalated,
    /// <summary>A reminder before the due date: tells whoever holds the task.</summary>
    DueSoon,
    /// <summary>Past its due date: tells whoever holds the task.</summary>
    Overdue,
}

/// <param name="Occasion">Tells notices of one kind apart in the e-mail key (a reminder's number); null when a task has one at most.</param>
public sealed record TaskNotice(HumanTask Task, TaskNoticeKind Kind, string? Occasion = null);

/// <summary>
/// Tells people about their tasks: a notice in the application and an e-mail (to those with an address) queued in the
/// outbox, both in the caller's transaction. Escalations go to the office's supervisors; reminders and overdue notices
/// to the assignee, or to the candidates (the role in the office) while nobody holds the task. Each e-mail's key names
/// the task, the occasion and the person, so a retried step or job cannot queue it twice. E-mails carry a link, never
/// case data.
/// </summary>
public sealed class TaskNotices(IHumanTaskStore tasks, IUserDirectory users, INotificationStore notifications, IOptions<NotificationOptions> options)
{
    public const string SupervisorRole = "Supervisor";

    /// <summary>The notices a burst calls for: its escalations and its reminders.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> WriteForBurstAsync(IReadOnlyCollection<string> escalated, IReadOnlyCollection<TaskReminder> reminders,
        DateTime now, CancellationToken cancellationToken)
    {
        if (escalated.Count == 0 && reminders.Count == 0) return [];
        var byActivity = (await tasks.FindByActivityInstancesAsync(escalated.Concat(reminders.Select(r => r.ActivityInstanceId)).Distinct().ToList(), cancellationToken))
            .Where(t => t.Status is HumanTaskStatus.Open or HumanTaskStatus.Assigned or HumanTaskStatus.Escalated)
            .ToDictionary(t => t.ActivityInstanceId);
        var notices = escalated.Where(byActivity.ContainsKey).Select(id => new TaskNotice(byActivity[id], TaskNoticeKind.Escalated))
            .Concat(reminders.Where(r => byActivity.ContainsKey(r.ActivityInstanceId))
                .Select(r => new TaskNotice(byActivity[r.ActivityInstanceId], r.Overdue ? TaskNoticeKind.Overdue : TaskNoticeKind.DueSoon, $"reminder-{r.Number}")));
        return await WriteAsync(notices.ToList(), now, cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxMessage>> WriteAsync(IReadOnlyCollection<TaskNotice> notices, DateTime now, CancellationToken cancellationToken)
    {
        var emails = new List<OutboxMessage>();
        // A sweep's batch is mostly tasks of a few offices: each office's people are looked up once per call.
        var inOffice = new Dictionary<(string Office, string Role), IReadOnlyList<DirectoryUser>>();
        foreach (var notice in notices)
        {
            var task = notice.Task;
            foreach (var person in await RecipientsAsync(notice, inOffice, cancellationToken))
            {
                notifications.Add([new Notification
                {
                    Id = IdGenerator.NewId(), UserName = person.UserName, Kind = KindOf(notice.Kind),
                    Title = $"{Headline(notice.Kind)}: {task.Title}", Link = $"/inbox/{task.Id}", TaskId = task.Id, CreatedAt = now,
                }]);
                if (string.IsNullOrWhiteSpace(person.Email)) continue;
                emails.Add(new OutboxMessage
                {
                    Id = IdGenerator.NewId(),
                    Key = string.Join(':', new[] { $"task-{notice.Kind.ToString().ToLowerInvariant()}", task.Id, notice.Occasion, person.UserName }.OfType<string>()),
                    Recipient = person.Email,
                    Subject = Subject(notice.Kind),
                    Body = $"{Subject(notice.Kind)}.\n\nSign in to see it: {options.Value.PublicBaseUrl.TrimEnd('/')}/inbox/{task.Id}\n",
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
            }
        }
        return emails;
    }

    private async Task<IReadOnlyList<DirectoryUser>> RecipientsAsync(TaskNotice notice,
        Dictionary<(string Office, string Role), IReadOnlyList<DirectoryUser>> inOffice, CancellationToken cancellationToken)
    {
        var task = notice.Task;
        if (notice.Kind == TaskNoticeKind.Escalated)
            return task.CandidateOffice is { } office ? await InOfficeAsync(office, SupervisorRole) : [];
        if (task.Assignee is { } assignee)
            return await users.FindAsync(assignee, cancellationToken) is { } holder ? [holder] : [];
        return task is { CandidateOffice: { } candidateOffice, CandidateRole: { } role } ? await InOfficeAsync(candidateOffice, role) : [];

        async Task<IReadOnlyList<DirectoryUser>> InOfficeAsync(string office, string role)
        {
            if (!inOffice.TryGetValue((office, role), out var people))
                inOffice[(office, role)] = people = await users.InOfficeAsync(office, role, cancellationToken);
            return people;
        }
    }

    private static NotificationKind KindOf(TaskNoticeKind kind) => kind switch
    {
        TaskNoticeKind.Escalated => NotificationKind.TaskEscalated,
        TaskNoticeKind.DueSoon => NotificationKind.TaskDueSoon,
        _ => NotificationKind.TaskOverdue,
    };

    private static string Headline(TaskNoticeKind kind) => kind switch
    {
        TaskNoticeKind.Escalated => "Escalated",
        TaskNoticeKind.DueSoon => "Due soon",
        _ => "Overdue",
    };

    private static string Subject(TaskNoticeKind kind) => kind switch
    {
        TaskNoticeKind.Escalated => "A task in your office has escalated",
        TaskNoticeKind.DueSoon => "A task of yours is due soon",
        _ => "A task of yours is overdue",
    };
}
