using System.Text.Json;
using Hangfire;
using Hangfire.Storage;

namespace ReturnWorkflows.Server.Tests.Cases;

/// <summary>Every argument of every job Hangfire holds (queued, scheduled, running, done, failed, recurring), as text.</summary>
internal static class ScheduledJobArguments
{
    public static string All(JobStorage storage)
    {
        var monitor = storage.GetMonitoringApi();
        var jobs = new List<Hangfire.Common.Job?>();
        jobs.AddRange(monitor.ScheduledJobs(0, 10_000).Select(j => j.Value.Job));
        jobs.AddRange(monitor.ProcessingJobs(0, 10_000).Select(j => j.Value.Job));
        jobs.AddRange(monitor.SucceededJobs(0, 10_000).Select(j => j.Value.Job));
        jobs.AddRange(monitor.FailedJobs(0, 10_000).Select(j => j.Value.Job));
        foreach (var queue in monitor.Queues())
            jobs.AddRange(monitor.EnqueuedJobs(queue.Name, 0, 10_000).Select(j => j.Value.Job));
        using var connection = storage.GetConnection();
        jobs.AddRange(connection.GetRecurringJobs().Select(r => r.Job));
        // Cancellation tokens are placeholders Hangfire fills at run time, not stored data.
        static bool IsData(object? argument) => argument is not CancellationToken and not IJobCancellationToken;
        return string.Join("\n", jobs.Where(j => j is not null).Select(j => $"{j!.Type.Name}.{j.Method.Name}({JsonSerializer.Serialize(j.Args.Where(IsData))})"));
    }
}
