namespace ReturnWorkflows.Engine.Notifications;

/// <summary>
/// A message to send after the step that wrote it commits (no I/O inside a step). Its <see cref="Key"/> is unique, so
/// a step that is retried cannot queue it twice; it is also the e-mail's Message-ID, so a send repeated after a crash
/// between sending and recording it can be recognised by the receiver. Messages carry a link, never case data.
/// </summary>
public sealed class OutboxMessage
{
    public required string Id { get; init; }
    public required string Key { get; init; }
    public string Channel { get; init; } = "email";
    public required string Recipient { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime? SentAt { get; set; }
}

public enum OutboxStatus
{
    Pending,
    Sent,
    /// <summary>Gave up after the last retry; an operator sees it and can requeue it.</summary>
    Failed,
}

/// <summary>Sends one message; throws when the transport fails (the dispatcher retries with back-off).</summary>
public interface IMessageSender
{
    string Channel { get; }
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

public interface IOutboxStore
{
    /// <summary>Queues messages in the current unit of work; a key already queued is left alone. Returns how many were new.</summary>
    Task<int> EnqueueAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>Takes up to <paramref name="limit"/> due messages for sending, pushing their next attempt past <paramref name="leaseUntil"/>
    /// so another node does not take them meanwhile (SKIP LOCKED on PostgreSQL).</summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTime now, DateTime leaseUntil, int limit, CancellationToken cancellationToken);

    Task RecordAsync(OutboxMessage message, CancellationToken cancellationToken);

    Task<int> CountBacklogAsync(CancellationToken cancellationToken);

    /// <summary>An operator sends a failed message again: it becomes pending, due now, with its attempts reset.
    /// False when it does not exist or has not failed.</summary>
    Task<bool> TryRequeueAsync(string id, DateTime now, CancellationToken cancellationToken);
}
