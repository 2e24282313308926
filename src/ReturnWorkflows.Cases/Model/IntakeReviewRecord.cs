namespace ReturnWorkflows.Cases.Model;

/// <summary>A check that the intake is complete (consents, people, legal status), by a counsellor or supervisor.</summary>
public sealed class IntakeReviewRecord
{
    private IntakeReviewRecord() { }

    internal IntakeReviewRecord(string id, string caseId, IntakeReviewResult result, string? note, DateTime reviewedAt, string reviewedBy)
    {
        Id = id;
        CaseId = caseId;
        Result = result;
        Note = note;
        ReviewedAt = reviewedAt;
        ReviewedBy = reviewedBy;
    }

    public string Id { get; private set; } = "";
    public string CaseId { get; private set; } = "";
    public IntakeReviewResult Result { get; private set; }

    /// <summary>Free text: may name people, so it stays out of the audit trail's values and out of logs.</summary>
    public string? Note { get; private set; }

    public DateTime ReviewedAt { get; private set; }
    public string ReviewedBy { get; private set; } = "";
}

public enum IntakeReviewResult
{
    Complete,
    NeedsCorrection,
}
