namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// The case's monitoring (domain.md, lifecycle step 11): the contacts planned from the arrival on the schedule the
/// monitoring step gives, those after the programme's end kept as not planned, and whether the case is in the sample.
/// Recorded when the case enters its monitoring phase.
/// </summary>
public sealed class MonitoringPlan
{
    private readonly List<MonitoringVisit> _visits = [];

    private MonitoringPlan() { }

    internal MonitoringPlan(string id, string caseId, DateOnly arrivedOn, DateOnly programmeEndsOn, MonitoringSample? sample, DateTime at, string by)
    {
        Id = id;
        CaseId = caseId;
        ArrivedOn = arrivedOn;
        ProgrammeEndsOn = programmeEndsOn;
        (SampleSharePercent, SampleDraw, InSample) = (sample?.SharePercent, sample?.Draw, sample?.Selected ?? true);
        (PlannedAt, PlannedBy) = (at, by);
    }

    public string Id { get; private set; } = "";
    public string CaseId { get; private set; } = "";

    /// <summary>The day the plan counts from: the household's first arrival.</summary>
    public DateOnly ArrivedOn { get; private set; }

    /// <summary>The programme's end when the plan was made: no contact is planned after it.</summary>
    public DateOnly ProgrammeEndsOn { get; private set; }

    /// <summary>The share of cases the step monitors, if it samples; null: every case is monitored.</summary>
    public int? SampleSharePercent { get; private set; }

    /// <summary>This case's draw against <see cref="SampleSharePercent"/> (0 to 99).</summary>
    public int? SampleDraw { get; private set; }

    public bool InSample { get; private set; }
    public DateTime PlannedAt { get; private set; }
    public string PlannedBy { get; private set; } = "";

    public IReadOnlyList<MonitoringVisit> Visits => _visits;

    /// <summary>The next contact to make: the earliest still planned.</summary>
    public MonitoringVisit? NextVisit => _visits.Where(v => v.Status == VisitStatus.Planned).OrderBy(v => v.PlannedOn).FirstOrDefault();

    internal void Add(MonitoringVisit visit) => _visits.Add(visit);

    /// <summary>A new plan keeps what was made; what was only planned is planned again.</summary>
    internal void Replan(MonitoringSample? sample, DateOnly programmeEndsOn, DateTime at, string by)
    {
        _visits.RemoveAll(v => v.Status is VisitStatus.Planned or VisitStatus.AfterProgrammeEnd);
        (SampleSharePercent, SampleDraw, InSample) = (sample?.SharePercent, sample?.Draw, sample?.Selected ?? true);
        (ProgrammeEndsOn, PlannedAt, PlannedBy) = (programmeEndsOn, at, by);
    }
}
