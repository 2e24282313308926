namespace ReturnWorkflows.Infrastructure.Scheduling;

/// <summary>Bound from <c>ReturnWorkflows:Scheduling</c>.</summary>
public sealed class SchedulerSettings
{
    public const string Section = "ReturnWorkflows:Scheduling";

    /// <summary>Run a Hangfire server on this node. Off for nodes that should only serve requests.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often the timer recovery job runs (it fires timers whose own wake-up job went missing). A Hangfire recurring
    /// job, so it must divide a minute, an hour or a day evenly (it becomes a cron expression).
    /// </summary>
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long past its due time a timer is left to its own wake-up job before the recovery job fires it. Long enough
    /// that a busy minute (thousands of timers due at once) is not mistaken for lost wake-ups.
    /// </summary>
    public TimeSpan RecoveryGrace { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>No longer read: each timer has its own job. Refused at start so that nobody tunes a setting that does nothing.</summary>
    public TimeSpan? DrainInterval { get; set; }

    /// <summary>How often queued messages are sent (evenly dividing a minute, an hour or a day, like the recovery job).</summary>
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

    /// <summary>
    /// When another node may take over a Hangfire lock (PostgreSQL only). Hangfire.PostgreSql keeps a lock as a row
    /// without a heartbeat: a node killed while holding one (the delayed-job poller's, a job's state lock) keeps every
    /// node from enqueuing due jobs until the row is this old. Its own default, 10 minutes, would leave reminders and
    /// timers waiting that long after a crash. It must exceed the longest hold by a live node (a batch of the start-up
    /// wake-up scheduling), or two nodes would both hold it.
    /// </summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
