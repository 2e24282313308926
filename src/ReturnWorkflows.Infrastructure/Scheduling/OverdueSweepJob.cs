using Hangfire;
using MediatR;
using ReturnWorkflows.Engine.Tasks.Commands;

namespace ReturnWorkflows.Infrastructure.Scheduling;

/// <summary>Tells the holders of newly overdue tasks, batch by batch, each batch its own commit.</summary>
public sealed class OverdueSweepJob(IMediator mediator)
{
    public const string RecurringJobId = "overdue-sweep";
    private const int BatchSize = 200;

    // Not retried: the next sweep finds the same tasks. A failure stays in the dashboard, since sweeps are minutes apart.
    [JobDisplayName("Overdue sweep")]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await mediator.Send(new SweepOverdueTasks(BatchSize), cancellationToken) == BatchSize)
        {
        }
    }
}
