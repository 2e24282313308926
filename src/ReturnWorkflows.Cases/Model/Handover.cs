namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// The case offered to the origin office in the country of return (domain.md, "Transfers and referrals"), with the
/// needs assessment it receives under the transfer consent. The office accepts or declines; without a reaction in the
/// time the step gives it declines by itself (the EU's reintegration tool does after 7 days). A declined offer stays,
/// so the waiting and the refusals per office can be counted; the host office offers again.
/// </summary>
public sealed class Handover
{
    private Handover() { }

    internal Handover(string id, string caseId, string originOffice, string needsAssessment, DateTime offeredAt, string offeredBy)
    {
        Id = id;
        CaseId = caseId;
        OriginOffice = originOffice;
        NeedsAssessment = needsAssessment;
        Status = HandoverStatus.Offered;
        OfferedAt = offeredAt;
        OfferedBy = offeredBy;
    }

    public string Id { get; private set; } = "";
    public string CaseId { get; private set; } = "";
    public string OriginOffice { get; private set; } = "";

    /// <summary>What the returnees will need on arrival (housing, medical follow-up, schooling), for the origin office to prepare.</summary>
    public string NeedsAssessment { get; private set; } = "";

    public HandoverStatus Status { get; private set; }
    public DateTime OfferedAt { get; private set; }
    public string OfferedBy { get; private set; } = "";
    public DateTime? DecidedAt { get; private set; }

    /// <summary>Who decided; null when the offer declined by itself.</summary>
    public string? DecidedBy { get; private set; }

    public string? DecisionNote { get; private set; }

    internal void Decide(HandoverStatus status, string? note, DateTime at, string? by)
    {
        Status = status;
        DecisionNote = note;
        DecidedAt = at;
        DecidedBy = by;
    }
}

public enum HandoverStatus
{
    Offered,
    Accepted,
    Declined,

    /// <summary>Nobody of the origin office reacted in the time given.</summary>
    DeclinedByItself,
}
