using ReturnWorkflows.Cases.ReferenceData;

namespace ReturnWorkflows.Cases.Model;

/// <summary>When in the monitoring a survey is taken.</summary>
public enum SurveyRound
{
    Baseline,
    Endline,
}

/// <summary>
/// One sustainability survey answered by a returnee: every answer kept, with the version of the survey it was
/// answered on and its economic, social and psychosocial scores as that version weighed them.
/// </summary>
public sealed class SurveyResponse
{
    private SurveyResponse() { }

    internal SurveyResponse(string id, string caseId, SurveyRound round, string personId, SustainabilitySurvey survey, DateOnly answeredOn,
        IReadOnlyDictionary<string, string> answers, SurveyScores scores, DateTime at, string by)
    {
        Id = id;
        CaseId = caseId;
        Round = round;
        PersonId = personId;
        SurveyId = survey.Id;
        SurveyVersion = survey.Version;
        AnsweredOn = answeredOn;
        Answers = new Dictionary<string, string>(answers, StringComparer.Ordinal);
        (EconomicScore, SocialScore, PsychosocialScore, CompositeScore) = (scores.Economic, scores.Social, scores.Psychosocial, scores.Composite);
        (RecordedAt, RecordedBy) = (at, by);
    }

    public string Id { get; private set; } = "";
    public string CaseId { get; private set; } = "";
    public SurveyRound Round { get; private set; }
    public string PersonId { get; private set; } = "";
    public string SurveyId { get; private set; } = "";
    public int SurveyVersion { get; private set; }
    public DateOnly AnsweredOn { get; private set; }

    /// <summary>Question id → the option chosen.</summary>
    public Dictionary<string, string> Answers { get; private set; } = new(StringComparer.Ordinal);

    public decimal? EconomicScore { get; private set; }
    public decimal? SocialScore { get; private set; }
    public decimal? PsychosocialScore { get; private set; }
    public decimal? CompositeScore { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
}
