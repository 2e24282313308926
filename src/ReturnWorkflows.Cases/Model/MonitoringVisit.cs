namespace ReturnWorkflows.Cases.Model;

/// <summary>Where a planned monitoring contact stands.</summary>
public enum VisitStatus
{
    Planned,
    Held,

    /// <summary>Tried, and nobody of the household was reached.</summary>
    NotReached,

    /// <summary>Its day falls after the programme's end: not planned, shown as such.</summary>
    AfterProgrammeEnd,
}

/// <summary>One monitoring contact of the plan (domain.md, lifecycle step 11): when it is due, how, and what came of it.</summary>
public sealed class MonitoringVisit
{
    public const int MaxNoteLength = 4000;

    private MonitoringVisit() { }

    internal MonitoringVisit(string id, string planId, MonitoringSlot slot, DateOnly plannedOn, bool afterProgrammeEnd)
    {
        Id = id;
        PlanId = planId;
        MonthsAfterArrival = slot.MonthsAfterArrival;
        Channel = slot.Channel;
        PlannedOn = plannedOn;
        Status = afterProgrammeEnd ? VisitStatus.AfterProgrammeEnd : VisitStatus.Planned;
    }

    public string Id { get; private set; } = "";
    public string PlanId { get; private set; } = "";
    public int MonthsAfterArrival { get; private set; }
    public DateOnly PlannedOn { get; private set; }

    /// <summary>As planned, then as it was made (a visit planned may end up a phone call).</summary>
    public MonitoringChannel Channel { get; private set; }

    public VisitStatus Status { get; private set; }
    public DateOnly? HeldOn { get; private set; }
    public string? Note { get; private set; }
    public DateTime? RecordedAt { get; private set; }
    public string? RecordedBy { get; private set; }

    internal void Record(DateOnly heldOn, MonitoringChannel channel, bool reached, string? note, DateTime at, string by) =>
        (Status, HeldOn, Channel, Note, RecordedAt, RecordedBy) = (reached ? VisitStatus.Held : VisitStatus.NotReached, heldOn, channel, note, at, by);
}
