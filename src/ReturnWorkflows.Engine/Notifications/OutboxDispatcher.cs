using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReturnWorkflows.Engine.Notifications;

/// <summary>
/// Sends queued messages after their step committed: claims due ones, sends each, records Sent, or schedules a retry
/// with exponential back-off; after <see cref="MaxAttempts"/> a message is Failed and left for an operator.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, IEnumerable<IMessageSender> senders, TimeProvider timeProvider, ILogger<OutboxDispatcher> logger)
{
    public const int MaxAttempts = 8;
    public const int BatchSize = 50;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public async Task<OutboxReport> DispatchAsync(CancellationToken cancellationToken)
    {
        int sent = 0, retried = 0, failed = 0;
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IOutboxStore>();
        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var message in await store.ClaimDueAsync(now, now + Lease, BatchSize, cancellationToken))
        {
            message.Attempts++;
            try
            {
                var sender = senders.FirstOrDefault(s => s.Channel == message.Channel)
                             ?? throw new InvalidOperationException($"No sender for channel '{message.Channel}'.");
                await sender.SendAsync(message, cancellationToken);
                message.Status = OutboxStatus.Sent;
                message.SentAt = timeProvider.GetUtcNow().UtcDateTime;
                message.LastError = null;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The transport's error text, not the message: it names the server, not the recipient's case.
                message.LastError = e.GetType().Name + ": " + e.Message;
                if (message.Attempts >= MaxAttempts)
                {
                    message.Status = OutboxStatus.Failed;
                    failed++;
                    logger.LogError("Outbox message {MessageId} failed for good after {Attempts} attempts", message.Id, message.Attempts);
                }
                else
                {
                    message.NextAttemptAt = timeProvider.GetUtcNow().UtcDateTime + Backoff(message.Attempts);
                    retried++;
                    logger.LogWarning("Outbox message {MessageId} not sent (attempt {Attempts}); retrying at {NextAttempt:O}", message.Id, message.Attempts, message.NextAttemptAt);
                }
            }
            await store.RecordAsync(message, cancellationToken);
        }
        return new OutboxReport(sent, retried, failed);
    }

    /// <summary>30 s, 1 min, 2 min … capped at one hour.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, attempts - 1)));
}

public sealed record OutboxReport(int Sent, int Retried, int Failed);
