using ReturnWorkflows.Engine.Runtime.State;

namespace ReturnWorkflows.Engine.Runtime;

/// <summary>Bound from <c>ReturnWorkflows:Runtime</c>.</summary>
public sealed class RuntimeOptions
{
    public const string Section = "ReturnWorkflows:Runtime";

    /// <summary>
    /// The join algorithm new instances get unless the start request chooses. Stored with each instance and never
    /// re-read, so changing it never changes a running case. Token-based, as Elsa's reference server and the Studio.
    /// </summary>
    public JoinAlgorithm DefaultJoinAlgorithm { get; set; } = JoinAlgorithm.TokenBased;

    /// <summary>The incident strategy for definitions that name none: Elsa's FaultStrategy unless set.</summary>
    public string? DefaultIncidentStrategy { get; set; }
}
