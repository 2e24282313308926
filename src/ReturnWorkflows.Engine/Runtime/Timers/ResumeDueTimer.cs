using System.Text.Json.Nodes;
using MediatR;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Engine.Tasks.Commands;

namespace ReturnWorkflows.Engine.Runtime.Timers;

/// <summary>Resumes one due timer through the normal exactly-once path; null when skipped (gone, not due, or busy elsewhere).</summary>
/// <param name="WaitForInstance">
/// For the timer's own wake-up job, which runs once: wait for a busy instance instead of skipping it. The drain skips
/// (SKIP LOCKED), because it comes back.
/// </param>
public sealed record ResumeDueTimer(string BookmarkId, bool WaitForInstance = false) : IRequest<Commands.WorkflowRunResult?>;

/// <summary>
/// A task's timeout is no wake-up of its activity but the task completed by nobody: it goes through
/// <see cref="CompleteHumanTask"/> like a person's completion (the answers handler, the journal, the next step), as the
/// <see cref="HumanTaskActivity.SystemActorId"/>, in this command's transaction. Completing the task burns the timer.
/// </summary>
public sealed class ResumeDueTimerHandler(Commands.InstanceSteps steps, IWorkflowInstanceStore instances, IHumanTaskStore tasks, IMediator mediator,
    TimeProvider clock) : IRequestHandler<ResumeDueTimer, Commands.WorkflowRunResult?>
{
    public async Task<Commands.WorkflowRunResult?> Handle(ResumeDueTimer command, CancellationToken cancellationToken)
    {
        if (await instances.FindBookmarkAsync(command.BookmarkId, cancellationToken) is { Name: HumanTaskActivity.TimeoutBookmarkName } timeout)
            return await TimeOutAsync(timeout, cancellationToken);
        return command.WaitForInstance
            ? await steps.ResumeTimerAsync(command.BookmarkId, cancellationToken)
            : await steps.ResumeDueAsync(command.BookmarkId, cancellationToken);
    }

    private async Task<Commands.WorkflowRunResult?> TimeOutAsync(Bookmark timeout, CancellationToken cancellationToken)
    {
        if (timeout.DueAt is not { } dueAt || dueAt > clock.GetUtcNow().UtcDateTime)
            return null;
        var payload = timeout.Payload is { } json ? JsonNode.Parse(json) : null;
        var taskId = payload?["taskId"]?.GetValue<string>();
        var outcome = payload?["outcome"]?.GetValue<string>();
        if (taskId is null || outcome is null || await tasks.FindAsync(taskId, cancellationToken) is not { } task
            || task.Status is not (HumanTaskStatus.Open or HumanTaskStatus.Assigned or HumanTaskStatus.Escalated))
            return null; // completed a moment ago: its completion burns this timer
        var nobody = new TaskActor(HumanTaskActivity.SystemActorId, [TaskActor.AdministratorRole], task.CandidateOffice);
        return await mediator.Send(new CompleteHumanTask(task.Id, nobody, outcome), cancellationToken);
    }
}
