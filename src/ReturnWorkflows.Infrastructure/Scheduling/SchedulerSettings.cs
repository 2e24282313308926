namespace ReturnWorkflows.Infrastructure.Scheduling;

/// <summary>Bound from <c>ReturnWorkflows:Scheduling</c>.</summary>
public sealed class SchedulerSettings
{
    public const string Section = "ReturnWorkflows:Scheduling";

    /// <summary>Run Quartz on this node. Off for nodes that should only serve requests.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the timer drain wakes: the most a timer can be late, give or take the drain's own work.</summary>
    public TimeSpan DrainInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often queued messages are sent.</summary>
    public TimeSpan OutboxInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the overdue sweep looks for tasks that passed their due date.</summary>
    public TimeSpan OverdueSweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>When the daily digest goes out, in each office's local time.</summary>
    public TimeSpan DigestTimeOfDay { get; set; } = new(7, 0, 0);
}
