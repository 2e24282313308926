using Hangfire;
using MediatR;
using Microsoft.Extensions.Logging;
using ReturnWorkflows.Engine.Tasks.Commands;

namespace ReturnWorkflows.Infrastructure.Scheduling;

/// <summary>The morning digest for the offices of one time zone (a recurring job per zone, in that zone's time).</summary>
public sealed class DailyDigestJob(IMediator mediator, ILogger<DailyDigestJob> logger)
{
    public const string RecurringJobIdPrefix = "daily-digest:";

    public static string RecurringJobIdFor(TimeZoneInfo zone) => RecurringJobIdPrefix + zone.Id;

    // Retried a few times, minutes apart: each e-mail is keyed by person and local day, so a retry after a partial
    // run queues only what is missing.
    [JobDisplayName("Daily digest · {0}")]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(string timeZoneId, CancellationToken cancellationToken)
    {
        var queued = await mediator.Send(new SendDailyDigests(timeZoneId), cancellationToken);
        logger.LogInformation("Daily digest for {TimeZone}: {Count} e-mails queued", timeZoneId, queued);
    }
}
