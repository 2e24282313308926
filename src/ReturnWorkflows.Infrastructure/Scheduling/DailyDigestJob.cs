using MediatR;
using Microsoft.Extensions.Logging;
using Quartz;
using ReturnWorkflows.Engine.Tasks.Commands;

namespace ReturnWorkflows.Infrastructure.Scheduling;

/// <summary>The morning digest for the offices of one time zone (its trigger carries the zone).</summary>
[DisallowConcurrentExecution]
public sealed class DailyDigestJob(IMediator mediator, ILogger<DailyDigestJob> logger) : IJob
{
    public static readonly JobKey Key = new("daily-digest", "return-workflows");
    public const string TimeZoneKey = "timeZone";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var zone = context.MergedJobDataMap.GetString(TimeZoneKey) ?? TimeZoneInfo.Utc.Id;
        var queued = await mediator.Send(new SendDailyDigests(zone), cancellationToken);
        logger.LogInformation("Daily digest for {TimeZone}: {Count} e-mails queued", zone, queued);
    }
}
