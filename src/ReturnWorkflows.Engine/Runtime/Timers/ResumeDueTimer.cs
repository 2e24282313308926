using MediatR;

namespace ReturnWorkflows.Engine.Runtime.Timers;

/// <summary>Resumes one due timer through the normal exactly-once path; null when skipped (gone, not due, or busy elsewhere).</summary>
/// <param name="WaitForInstance">
/// For the timer's own wake-up job, which runs once: wait for a busy instance instead of skipping it. The drain skips
/// (SKIP LOCKED), because it comes back.
/// </param>
public sealed record ResumeDueTimer(string BookmarkId, bool WaitForInstance = false) : IRequest<Commands.WorkflowRunResult?>;

public sealed class ResumeDueTimerHandler(Commands.InstanceSteps steps) : IRequestHandler<ResumeDueTimer, Commands.WorkflowRunResult?>
{
    public Task<Commands.WorkflowRunResult?> Handle(ResumeDueTimer command, CancellationToken cancellationToken) =>
        command.WaitForInstance
            ? steps.ResumeTimerAsync(command.BookmarkId, cancellationToken)
            : steps.ResumeDueAsync(command.BookmarkId, cancellationToken);
}
