using MediatR;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Engine.Tasks.Queries;

/// <summary>One task, for someone who may see it: its assignee, a candidate while it is open, or a supervisor.</summary>
public sealed record GetTask(string TaskId, TaskActor Actor) : IRequest<HumanTask>, IQuery;

public sealed class GetTaskHandler(IHumanTaskStore tasks) : IRequestHandler<GetTask, HumanTask>
{
    public async Task<HumanTask> Handle(GetTask query, CancellationToken cancellationToken)
    {
        var task = await tasks.FindAsync(query.TaskId, cancellationToken);
        // Not found and not yours answer alike: a task's existence is case data too.
        if (task is null || !query.Actor.MaySee(task))
            throw new NotFoundException("taskId", $"Task '{query.TaskId}' does not exist or is not yours to see.");
        return task;
    }
}
