using MediatR;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Engine.Tasks.Queries;

/// <summary>The inbox lists: mine, my office's open ones, due soon, overdue. Each is an indexed query, due first.</summary>
public enum InboxView
{
    Mine,
    OfficeOpen,
    DueSoon,
    Overdue,
}

public sealed record TaskInbox(TaskActor Actor, InboxView View, int Page = 0, int PageSize = 50) : IRequest<TaskPage>, IQuery;

public sealed record TaskPage(IReadOnlyList<HumanTask> Items, int Page, int PageSize);

public interface ITaskInboxQueries
{
    Task<IReadOnlyList<HumanTask>> ListAsync(TaskActor actor, InboxView view, DateTime now, int skip, int take, CancellationToken cancellationToken);

    Task<int> CountAsync(TaskActor actor, InboxView view, DateTime now, CancellationToken cancellationToken);
}

public sealed class TaskInboxHandler(ITaskInboxQueries queries, TimeProvider timeProvider) : IRequestHandler<TaskInbox, TaskPage>
{
    public const int MaxPageSize = 200;

    public async Task<TaskPage> Handle(TaskInbox query, CancellationToken cancellationToken)
    {
        if (query.PageSize is < 1 or > MaxPageSize)
            throw new CommandRejectedException("pageSize", $"The page size is between 1 and {MaxPageSize}.");
        if (query.Page < 0)
            throw new CommandRejectedException("page", "The page number starts at 0.");
        var items = await queries.ListAsync(query.Actor, query.View, timeProvider.GetUtcNow().UtcDateTime, query.Page * query.PageSize, query.PageSize, cancellationToken);
        return new TaskPage(items, query.Page, query.PageSize);
    }
}
