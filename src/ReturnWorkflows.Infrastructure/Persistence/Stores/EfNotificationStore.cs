using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Notifications;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfNotificationStore(ReturnWorkflowsDbContext db) : INotificationStore
{
    public void Add(IEnumerable<Notification> notifications) => db.Notifications.AddRange(notifications);

    public async Task<IReadOnlyList<Notification>> ListAsync(string userName, bool unreadOnly, int skip, int take, CancellationToken cancellationToken) =>
        await Of(userName, unreadOnly).OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);

    public Task<int> CountUnreadAsync(string userName, CancellationToken cancellationToken) => Of(userName, unreadOnly: true).CountAsync(cancellationToken);

    // EF.Parameter sends the ids as one parameter (a JSON array on SQLite, an array on PostgreSQL), so the statement
    // stays the same size however many there are (EF Core 10 otherwise makes one SQL parameter per id).
    public Task<int> MarkReadAsync(string userName, IReadOnlyCollection<string> ids, DateTime now, CancellationToken cancellationToken) =>
        db.Notifications.Where(n => n.UserName == userName && n.ReadAt == null && EF.Parameter(ids).Contains(n.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), cancellationToken);

    private IQueryable<Notification> Of(string userName, bool unreadOnly) =>
        db.Notifications.AsNoTracking().Where(n => n.UserName == userName && (!unreadOnly || n.ReadAt == null));
}
