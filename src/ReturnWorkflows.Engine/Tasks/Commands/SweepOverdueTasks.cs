using MediatR;
using ReturnWorkflows.Engine.Notifications;

namespace ReturnWorkflows.Engine.Tasks.Commands;

/// <summary>
/// The recurring overdue sweep: every live task that has passed its due date tells whoever holds it, once (the
/// reminder schedule on the task adds more). One batch per command, so each commits on its own; returns how many.
/// </summary>
public sealed record SweepOverdueTasks(int BatchSize = 200) : IRequest<int>;

public sealed class SweepOverdueTasksHandler(IHumanTaskStore tasks, TaskNotices notices, IOutboxStore outbox, TimeProvider timeProvider)
    : IRequestHandler<SweepOverdueTasks, int>
{
    public async Task<int> Handle(SweepOverdueTasks command, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var overdue = await tasks.FindNewlyOverdueAsync(now, command.BatchSize, cancellationToken);
        if (overdue.Count == 0) return 0;
        foreach (var task in overdue)
        {
            task.OverdueNoticedAt = now;
            task.Version++; // a completion racing the sweep wins or loses cleanly on the version check at commit
        }
        await outbox.EnqueueAsync(await notices.WriteAsync(overdue.Select(t => new TaskNotice(t, TaskNoticeKind.Overdue)).ToList(), now, cancellationToken),
            cancellationToken);
        return overdue.Count;
    }
}
