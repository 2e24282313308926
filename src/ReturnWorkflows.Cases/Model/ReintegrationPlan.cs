namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// The reintegration plan agreed with the returnees (domain.md, lifecycle steps 9 and 10): its items, each with an
/// amount in the programme's currency, and where it stands. The origin office drafts it after the arrival and submits
/// it; a programme manager approves it (never who submitted it), and a plan above the programme's cap also needs the
/// approver the programme names. Approved items are committed and then delivered one by one.
/// </summary>
public sealed class ReintegrationPlan
{
    public const int MaxItems = 40;
    public const int MaxNoteLength = 2000;

    private readonly List<ReintegrationItem> _items = [];

    private ReintegrationPlan() { }

    internal ReintegrationPlan(string id, string caseId, string currency, DateTime at, string by)
    {
        Id = id;
        CaseId = caseId;
        Currency = currency;
        Status = PlanStatus.Draft;
        CreatedAt = at;
        CreatedBy = by;
    }

    public string Id { get; private set; } = "";
    public string CaseId { get; private set; } = "";

    /// <summary>The programme's currency when the plan was started (ISO 4217); every amount of it is in it.</summary>
    public string Currency { get; private set; } = "";

    public PlanStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";

    /// <summary>The day the returnees agreed to the plan, as the submission records it.</summary>
    public DateOnly? AgreedOn { get; private set; }

    public DateTime? SubmittedAt { get; private set; }
    public string? SubmittedBy { get; private set; }

    /// <summary>The programme manager's approval; above the cap the plan then waits for <see cref="CapApprovedBy"/>.</summary>
    public DateTime? ApprovedAt { get; private set; }
    public string? ApprovedBy { get; private set; }
    public DateTime? CapApprovedAt { get; private set; }
    public string? CapApprovedBy { get; private set; }

    /// <summary>Why an approver sent the plan back, or why the returnees declined support.</summary>
    public string? DecisionNote { get; private set; }

    public IReadOnlyList<ReintegrationItem> Items => _items;

    public decimal Total => _items.Sum(i => i.Amount);

    /// <summary>Whether items may be added or removed: while drafted or sent back.</summary>
    public bool IsEditable => Status == PlanStatus.Draft;

    internal void Add(ReintegrationItem item) => _items.Add(item);

    internal void Remove(ReintegrationItem item) => _items.Remove(item);

    internal void Submit(DateOnly agreedOn, DateTime at, string by) =>
        (Status, AgreedOn, SubmittedAt, SubmittedBy, DecisionNote, ApprovedAt, ApprovedBy) = (PlanStatus.Submitted, agreedOn, at, by, null, null, null);

    internal void Approve(bool aboveCap, DateTime at, string by)
    {
        (ApprovedAt, ApprovedBy) = (at, by);
        Status = aboveCap ? PlanStatus.AwaitingCapApproval : PlanStatus.Approved;
    }

    internal void ApproveAboveCap(DateTime at, string by) => (Status, CapApprovedAt, CapApprovedBy) = (PlanStatus.Approved, at, by);

    internal void SendBack(string note) => (Status, DecisionNote, ApprovedAt, ApprovedBy) = (PlanStatus.Draft, note, null, null);

    internal void Decline(string? note) => (Status, DecisionNote) = (PlanStatus.Declined, note);

    /// <summary>A declined plan drafted again when the case is reopened (the decline stays in the audit trail).</summary>
    internal void Redraft() => (Status, DecisionNote) = (PlanStatus.Draft, null);

    /// <summary>A plan begun by a decline has no currency yet: its first item gives it the programme's.</summary>
    internal void AdoptCurrency(string currency)
    {
        if (Currency.Length == 0) Currency = currency;
    }
}

public enum PlanStatus
{
    /// <summary>Being drawn up with the returnees (again, after an approver sent it back).</summary>
    Draft,

    /// <summary>Agreed with the returnees and waiting for a programme manager.</summary>
    Submitted,

    /// <summary>Approved by a programme manager, above the programme's cap: waits for the approver the programme names.</summary>
    AwaitingCapApproval,

    /// <summary>Approved: its items are committed and delivered.</summary>
    Approved,

    /// <summary>The returnees declined reintegration support (the case closes with that reason).</summary>
    Declined,
}
