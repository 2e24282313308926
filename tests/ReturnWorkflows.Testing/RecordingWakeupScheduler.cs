using System.Collections.Concurrent;
using ReturnWorkflows.Infrastructure.Scheduling.Timers;

namespace ReturnWorkflows.Testing;

/// <summary>Stands in for Hangfire: remembers the wake-up jobs scheduled and not yet deleted.</summary>
public sealed class RecordingWakeupScheduler : ITimerWakeupScheduler
{
    private int _lastId;

    /// <summary>Live jobs by id.</summary>
    public ConcurrentDictionary<string, WakeupToSchedule> Jobs { get; } = new();
    public ConcurrentQueue<string> Deleted { get; } = new();

    /// <summary>While true, scheduling fails as if the node died right after the commit.</summary>
    public bool Down { get; set; }

    public string? Schedule(WakeupToSchedule wakeup)
    {
        if (Down) throw new InvalidOperationException("The job store is down.");
        var id = Interlocked.Increment(ref _lastId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Jobs[id] = wakeup;
        return id;
    }

    public void Delete(string jobId)
    {
        Jobs.TryRemove(jobId, out _);
        Deleted.Enqueue(jobId);
    }
}
