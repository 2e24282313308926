using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Engine.Runtime.Timers;

/// <summary>
/// Fires due timers. Timers are bookmarks with a due time, written in the step that creates them, and are the only
/// record of a timer: the drain reads due ones in batches and resumes each in its own transaction through the normal
/// path, so a cancelled instance simply has nothing left to fire and nothing fires twice. In the server each timer is
/// woken by a job of its own; the drain is what the recovery job runs for wake-ups that went missing, and what tests
/// that skip time call after moving the clock.
/// </summary>
public sealed class TimerDrain(IServiceScopeFactory scopes, TimeProvider timeProvider, ILogger<TimerDrain> logger)
{
    public const int BatchSize = 200;

    /// <summary>Resumes every timer due now. Tests that skip time call this after moving the clock.</summary>
    public Task<DrainReport> DrainAsync(CancellationToken cancellationToken) => DrainAsync(TimeSpan.Zero, cancellationToken);

    /// <summary>
    /// Resumes the timers due for longer than <paramref name="overdueBy"/>: the recovery job's share, those whose own
    /// wake-up job should long have fired (lost in a crash, deleted in the dashboard, failed).
    /// </summary>
    public async Task<DrainReport> DrainAsync(TimeSpan overdueBy, CancellationToken cancellationToken)
    {
        var resumed = 0;
        var skipped = 0;
        var failed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            IReadOnlyList<string> due;
            await using (var scope = scopes.CreateAsyncScope())
                due = await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>()
                    .ListDueBookmarkIdsAsync(timeProvider.GetUtcNow().UtcDateTime - overdueBy, BatchSize, cancellationToken);
            if (due.Count == 0) break;

            var progress = 0;
            foreach (var bookmarkId in due)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ResumeDueTimer(bookmarkId), cancellationToken);
                    if (result is null) skipped++;
                    else { resumed++; progress++; }
                }
                catch (CommandFailedException)
                {
                    skipped++; // resumed or cancelled by someone else a moment ago
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed++;
                    logger.LogError(e, "Timer {BookmarkId} could not be resumed; it stays due and is retried on the next drain", bookmarkId);
                }
            }
            // Everything left is held by other nodes or failing: try again on the next wake-up instead of spinning.
            if (progress == 0) break;
        }
        if (resumed + failed > 0)
            logger.LogInformation("Timer drain: {Resumed} resumed, {Skipped} skipped, {Failed} failed", resumed, skipped, failed);
        return new DrainReport(resumed, skipped, failed);
    }
}

public sealed record DrainReport(int Resumed, int Skipped, int Failed);
