using Hangfire;
using ReturnWorkflows.Engine.Notifications;

namespace ReturnWorkflows.Infrastructure.Scheduling;

/// <summary>Sends what committed steps queued. Safe if two nodes ever run it at once: claims are leased.</summary>
public sealed class OutboxDispatchJob(OutboxDispatcher dispatcher)
{
    public const string RecurringJobId = "outbox-dispatch";

    // Not retried and not kept when it fails: the next run seconds later retries every message (each message keeps
    // its own attempts and error, which the outbox health check reports).
    [JobDisplayName("Outbox sender")]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task RunAsync(CancellationToken cancellationToken) => await dispatcher.DispatchAsync(cancellationToken);
}
