using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Notifications;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfNotificationStore(ReturnWorkflowsDbContext db) : INotificationStore
{
    public void Add(IEnumerable<Notification> notifications) => db.Notifications.AddRange(notifications);

    public async Task<IReadOnlyList<Notification>> ListAsync(string userName, bool unreadOnly, int skip, int take, CancellationToken cancellationToken) =>
        await Of(userName, unreadOnly).OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);

    public Task<int> CountUnreadAsync(string userName, CancellationToken cancellationToken) => Of(userName, unreadOnly: true).CountAsync(cancellationToken);

    public Task<int> MarkReadAsync(string userName, IReadOnlyCollection<string> ids, DateTime now, CancellationToken cancellationToken) =>
        db.Notifications.Where(n => n.UserName == userName && n.ReadAt == null && ids.Contains(n.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), cancellationToken);

    private IQueryable<Notification> Of(string userName, bool unreadOnly) =>
        db.Notifications.AsNoTracking().Where(n => n.UserName == userName && (!unreadOnly || n.ReadAt == null));
}
