namespace ReturnWorkflows.Infrastructure.Scheduling;

/// <summary>Bound from <c>ReturnWorkflows:Scheduling</c>.</summary>
public sealed class SchedulerSettings
{
    public const string Section = "ReturnWorkflows:Scheduling";

    /// <summary>Run a Hangfire server on this node. Off for nodes that should only serve requests.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often the timer drain runs: the most a timer can be late, give or take the drain's own work. A Hangfire
    /// recurring job, so it must divide a minute, an hour or a day evenly (it becomes a cron expression).
    /// </summary>
    public TimeSpan DrainInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often queued messages are sent (evenly dividing a minute, an hour or a day, like the drain).</summary>
    public TimeSpan OutboxInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the overdue sweep looks for tasks that passed their due date.</summary>
    public TimeSpan OverdueSweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>When the daily digest goes out, in each office's local time.</summary>
    public TimeSpan DigestTimeOfDay { get; set; } = new(7, 0, 0);

    /// <summary>How many jobs this node's Hangfire server runs at once.</summary>
    public int Workers { get; set; } = 8;

    /// <summary>
    /// How often the Hangfire server looks for delayed and recurring jobs that fell due, and for queued jobs: part of
    /// how late a timer can be.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
