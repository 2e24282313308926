using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace ReturnWorkflows.Engine.Application.Behaviors;

/// <summary>Logs each command's name, duration and outcome; never its content, which may hold personal data.</summary>
public sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = typeof(TRequest).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            // Debug: a drain of thousands of timers would otherwise write thousands of lines.
            logger.LogDebug("{Command} completed in {ElapsedMs:F1} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (CommandFailedException e)
        {
            logger.LogWarning("{Command} refused ({Kind}) after {ElapsedMs:F1} ms", name, e.Kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "{Command} failed after {ElapsedMs:F1} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
