using MediatR;
using Quartz;
using ReturnWorkflows.Engine.Tasks.Commands;

namespace ReturnWorkflows.Infrastructure.Scheduling;

/// <summary>Tells the holders of newly overdue tasks, batch by batch, each batch its own commit.</summary>
[DisallowConcurrentExecution]
public sealed class OverdueSweepJob(IMediator mediator) : IJob
{
    public static readonly JobKey Key = new("overdue-sweep", "return-workflows");
    private const int BatchSize = 200;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        while (await mediator.Send(new SweepOverdueTasks(BatchSize), cancellationToken) == BatchSize)
        {
        }
    }
}
