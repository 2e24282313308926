using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Runtime.Execution;

namespace ReturnWorkflows.Engine.Activities;

/// <summary>
/// Base of every activity type. The class carries the metadata its designer descriptor is generated from:
/// <see cref="Metadata.ActivityAttribute"/> on the class, <see cref="Metadata.InputAttribute"/> and
/// <see cref="Metadata.OutputAttribute"/> on properties, <see cref="Metadata.FlowOutcomesAttribute"/> for its ports.
/// </summary>
public abstract class Activity
{
    /// <summary>
    /// The outcomes an activity can complete with when they depend on its inputs (a switch's cases, a fork's
    /// branches). Null means the ports are the static ones in the descriptor; an empty result from a script
    /// that cannot be known before run time is reported as <see cref="DynamicOutcomes.Unknown"/>.
    /// </summary>
    public virtual DynamicOutcomes? GetDynamicOutcomes(ActivityNode node) => null;

    /// <summary>Runs the activity. Its inputs are already evaluated. Without a bookmark or child it completes with <c>Done</c>.</summary>
    public virtual void Execute(ActivityExecutionContext context) => context.Complete();

    /// <summary>Continues a blocked activity when its bookmark is resumed (<see cref="ActivityExecutionContext.ResumeInput"/>).</summary>
    public virtual void Resume(ActivityExecutionContext context) => context.Complete();

    /// <summary>For containers: a child this activity scheduled has completed.</summary>
    public virtual void OnChildCompleted(ActivityExecutionContext context, ChildCompletion child) { }
}

/// <summary>A child's completion as its container sees it.</summary>
/// <param name="Tag">What the container attached when it scheduled the child.</param>
public sealed record ChildCompletion(Runtime.GraphNode Child, IReadOnlyList<string> Outcomes, string? Tag);

/// <summary>Outcomes read from an activity's inputs, or the fact that they are only known at run time.</summary>
public sealed record DynamicOutcomes(IReadOnlyList<string> Names, bool IsKnown)
{
    public static DynamicOutcomes Unknown { get; } = new([], false);
    public static DynamicOutcomes Of(IEnumerable<string> names) => new(names.ToList(), true);
}
