using MediatR;

namespace ReturnWorkflows.Engine.Runtime.Timers;

/// <summary>Resumes one due timer through the normal exactly-once path; null when skipped (gone, not due, or busy elsewhere).</summary>
public sealed record ResumeDueTimer(string BookmarkId) : IRequest<Commands.WorkflowRunResult?>;

public sealed class ResumeDueTimerHandler(Commands.InstanceSteps steps) : IRequestHandler<ResumeDueTimer, Commands.WorkflowRunResult?>
{
    public Task<Commands.WorkflowRunResult?> Handle(ResumeDueTimer command, CancellationToken cancellationToken) =>
        steps.ResumeDueAsync(command.BookmarkId, cancellationToken);
}
