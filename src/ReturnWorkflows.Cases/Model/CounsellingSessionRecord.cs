namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// One counselling session, as the evidence that a decision to return was informed: what was explained, in which
/// language and with whose interpretation, which country information sheet the person was given, and what they decided.
/// </summary>
public sealed class CounsellingSessionRecord
{
    private CounsellingSessionRecord() { }

    internal CounsellingSessionRecord(string id, string caseId, CounsellingSessionFacts facts, DateTime recordedAt, string recordedBy)
    {
        Id = id;
        CaseId = caseId;
        HeldOn = facts.HeldOn;
        Language = facts.Language;
        Interpreter = facts.Interpreter;
        CountrySheetVersion = facts.CountrySheetVersion;
        ReturnProcessExplained = facts.ReturnProcessExplained;
        AlternativesExplained = facts.AlternativesExplained;
        RightToWithdrawExplained = facts.RightToWithdrawExplained;
        ReintegrationSupportExplained = facts.ReintegrationSupportExplained;
        Decision = facts.Decision;
        Notes = facts.Notes;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public string Id { get; private set; } = "";
    public string CaseId { get; private set; } = "";
    public DateOnly HeldOn { get; private set; }
    public string Language { get; private set; } = "";

    /// <summary>The interpreter's name or agency; null when none was used.</summary>
    public string? Interpreter { get; private set; }

    public string CountrySheetVersion { get; private set; } = "";
    public bool ReturnProcessExplained { get; private set; }
    public bool AlternativesExplained { get; private set; }
    public bool RightToWithdrawExplained { get; private set; }
    public bool ReintegrationSupportExplained { get; private set; }
    public ReturnDecision Decision { get; private set; }

    /// <summary>Free text: stays out of the audit trail's values and out of logs.</summary>
    public string? Notes { get; private set; }

    public DateTime RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
}

/// <summary>What a counselling session recorded; the aggregate keeps it as a <see cref="CounsellingSessionRecord"/>.</summary>
public sealed record CounsellingSessionFacts(
    DateOnly HeldOn, string Language, string? Interpreter, string CountrySheetVersion,
    bool ReturnProcessExplained, bool AlternativesExplained, bool RightToWithdrawExplained, bool ReintegrationSupportExplained,
    ReturnDecision Decision, string? Notes);

/// <summary>The person's decision at the end of a counselling session.</summary>
public enum ReturnDecision
{
    DecidedToReturn,
    NeedsTime,
    Declined,
}
