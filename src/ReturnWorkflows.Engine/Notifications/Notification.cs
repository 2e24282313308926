namespace ReturnWorkflows.Engine.Notifications;

/// <summary>
/// An in-application notice for one person (unread until they mark it read). Written in the same transaction as
/// the step that caused it, like the outbox; it may name the task, since only its recipient reads it.
/// </summary>
public sealed class Notification
{
    public required string Id { get; init; }
    public required string UserName { get; init; }
    public required NotificationKind Kind { get; init; }
    public required string Title { get; init; }

    /// <summary>Where the recipient's client finds the subject, for example <c>/api/tasks/{id}</c>.</summary>
    public string? Link { get; init; }

    public string? TaskId { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? ReadAt { get; set; }
}

public enum NotificationKind
{
    TaskEscalated,
    TaskDueSoon,
    TaskOverdue,
    /// <summary>Something about a case that its office's supervisors or managers must act on (a consent withdrawn, a closure to approve).</summary>
    CaseAttention,
}

public interface INotificationStore
{
    /// <summary>Adds to the current unit of work; saved with the step.</summary>
    void Add(IEnumerable<Notification> notifications);

    Task<IReadOnlyList<Notification>> ListAsync(string userName, bool unreadOnly, int skip, int take, CancellationToken cancellationToken);

    Task<int> CountUnreadAsync(string userName, CancellationToken cancellationToken);

    /// <summary>Marks the user's own notices read (others' ids are ignored); returns how many changed.</summary>
    Task<int> MarkReadAsync(string userName, IReadOnlyCollection<string> ids, DateTime now, CancellationToken cancellationToken);
}
