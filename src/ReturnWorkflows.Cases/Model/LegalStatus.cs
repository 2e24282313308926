namespace ReturnWorkflows.Cases.Model;

/// <summary>The household's legal status in the host country, as the intake records it (domain.md, lifecycle step 1).</summary>
public enum LegalStatusKind
{
    AsylumPending,
    AsylumRejected,

    /// <summary>A return decision, often with a deadline for voluntary departure.</summary>
    ReturnDecision,

    Detained,
    IrregularStay,
    Other,
}

/// <summary>What a deadline record did to the voluntary-departure deadline.</summary>
public enum DeadlineChange
{
    Set,
    Extended,

    /// <summary>Moved earlier, or corrected.</summary>
    Changed,
}

/// <summary>
/// The host country's deadline for voluntary departure, each setting and extension a row of its own: the case page
/// shows the deadline with its history, and warns as it nears.
/// </summary>
public sealed class DepartureDeadline
{
    public const int MaxReferenceLength = 200;

    private DepartureDeadline() { }

    internal DepartureDeadline(string id, string caseId, int sequence, DateOnly deadline, DeadlineChange change, string? reference, DateTime at, string by)
    {
        (Id, CaseId, Sequence, Deadline, Change, Reference, RecordedAt, RecordedBy) = (id, caseId, sequence, deadline, change, reference, at, by);
    }

    public string Id { get; private set; } = "";
    public string CaseId { get; private set; } = "";
    public int Sequence { get; private set; }
    public DateOnly Deadline { get; private set; }
    public DeadlineChange Change { get; private set; }

    /// <summary>The authority's decision it rests on, as written on it.</summary>
    public string? Reference { get; private set; }

    public DateTime RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
}
