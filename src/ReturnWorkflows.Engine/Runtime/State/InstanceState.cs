using System.Text.Json.Nodes;

namespace ReturnWorkflows.Engine.Runtime.State;

/// <summary>
/// The engine's compact record of a suspended or running instance, stored as JSON in
/// <see cref="WorkflowInstance.State"/>. Elsa-shaped records for the designer are projections of it.
/// Bump <see cref="CurrentFormatVersion"/> and add an upcaster whenever its shape changes.
/// </summary>
public sealed class InstanceState
{
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; set; } = CurrentFormatVersion;

    /// <summary>Chosen when the instance starts and never re-read from configuration.</summary>
    public JoinAlgorithm JoinAlgorithm { get; set; } = JoinAlgorithm.TokenBased;

    public JsonObject Input { get; set; } = [];
    public JsonObject Output { get; set; } = [];

    /// <summary>Activity contexts that have not finished, the root workflow's first.</summary>
    public List<ActivityContextState> Contexts { get; set; } = [];

    /// <summary>The next journal sequence number (per instance, from 0).</summary>
    public long NextJournalSequence { get; set; }

    /// <summary>
    /// For a designer's test run: the user name of whoever pressed Run. Its tasks go to that person alone.
    /// (Optional and absent from older documents, which read as "no tester": no upcaster is needed.)
    /// </summary>
    public string? TestRunBy { get; set; }
}

/// <summary>How flowcharts decide when an activity with several inbound connections runs (elsa-semantics.md §2.4).</summary>
public enum JoinAlgorithm
{
    /// <summary>Elsa's reference server and the Studio's setting: tokens and per-activity merge modes.</summary>
    TokenBased,
    /// <summary>Elsa's library default: visit counters, implicit WaitAllActive, dead-path skipping.</summary>
    CounterBased,
}

/// <summary>One activity execution that has not finished: a blocked activity or a container with running children.</summary>
public sealed class ActivityContextState
{
    /// <summary>The activity instance id.</summary>
    public required string Id { get; init; }

    public required string NodeId { get; init; }
    public string? ParentId { get; init; }
    public ActivityStatus Status { get; set; } = ActivityStatus.Running;

    /// <summary>What the activity keeps between bursts (a flowchart's counters or tokens, a loop's position).</summary>
    public JsonObject Properties { get; set; } = [];

    /// <summary>Values of the variables this context declares, by variable id.</summary>
    public JsonObject Variables { get; set; } = [];

    public DateTime StartedAt { get; init; }

    /// <summary>Scheduling detail the parent needs back, for example that the activity was entered through a back-edge.</summary>
    public string? Tag { get; init; }
}

public enum ActivityStatus
{
    Pending,
    Running,
    Completed,
    Canceled,
    Faulted,
}
