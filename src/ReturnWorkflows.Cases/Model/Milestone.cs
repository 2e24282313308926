namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// The moments of a person's return that reports count (architecture.md: per-person milestone dates written by case
/// commands, never positions in a workflow, so a redrawn flowchart cannot change a figure). Each is reached once: the
/// first date stays, a second counselling session does not move it.
/// </summary>
public enum Milestone
{
    /// <summary>Took part in a counselling session (written by the counselling step).</summary>
    Counselled,

    /// <summary>A counselling session ended with the decision to return (written by the counselling step).</summary>
    DecidedToReturn,

    /// <summary>A supervisor approved the case as eligible (written by the eligibility decision).</summary>
    Eligible,

    /// <summary>Left the host country (written by the departure confirmation; recorded by hand where a lifecycle has no travel phase).</summary>
    Departed,

    /// <summary>Arrived in the country of return (written by the origin office's arrival confirmation; by hand likewise).</summary>
    Arrived,

    /// <summary>Their reintegration plan was approved (likewise).</summary>
    PlanApproved,
}

public static class Milestones
{
    /// <summary>The milestones no step of the lifecycle writes yet, so a case worker records them with their date.</summary>
    public static readonly IReadOnlySet<Milestone> RecordedByHand = new HashSet<Milestone> { Milestone.Departed, Milestone.Arrived, Milestone.PlanApproved };

    /// <summary>The milestone a hand-recorded one needs first (one cannot arrive before departing).</summary>
    public static Milestone? Before(Milestone milestone) => milestone switch
    {
        Milestone.Arrived => Milestone.Departed,
        Milestone.PlanApproved => Milestone.Arrived,
        _ => null,
    };

    /// <summary>The audit field's name: <c>counselled</c>, <c>planApproved</c>.</summary>
    public static string FieldName(Milestone milestone) => char.ToLowerInvariant(milestone.ToString()[0]) + milestone.ToString()[1..];
}
