using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.ReferenceData;

/// <summary>The three dimensions a sustainability survey scores (domain.md, "Monitoring and evaluation").</summary>
public enum SurveyDimension
{
    Economic,
    Social,
    Psychosocial,
}

/// <summary>One answer a question offers. Its score is 0 (least sustainable) to 1; none: "does not apply", left out of the score.</summary>
public sealed record SurveyOption(string Value, string Label, decimal? Score);

/// <summary>A question of the survey, in one dimension, weighing <paramref name="Weight"/> in its dimension and in the whole.</summary>
public sealed record SurveyQuestion(string Id, string Text, SurveyDimension Dimension, decimal Weight, IReadOnlyList<SurveyOption> Options);

/// <summary>What a response scores: each dimension and the whole, 0 to 1; null when every answer of it did not apply.</summary>
public sealed record SurveyScores(decimal? Economic, decimal? Social, decimal? Psychosocial, decimal? Composite);

/// <summary>
/// The reintegration sustainability survey: its questions and weights are data, versioned, so a programme replaces
/// the shipped sample with its own instrument and every response keeps the version it was answered on. A version is
/// never changed once published; a change is a new version.
/// </summary>
public sealed class SustainabilitySurvey
{
    public const int MaxQuestions = 60;

    public required string Id { get; init; }
    public required int Version { get; init; }
    public required string Title { get; init; }

    /// <summary>Marks the shipped example: to be replaced by the programme's own instrument.</summary>
    public bool IsSample { get; init; }

    public DateTime PublishedAt { get; init; }
    public string PublishedBy { get; init; } = "";
    public IReadOnlyList<SurveyQuestion> Questions { get; init; } = [];

    /// <summary>
    /// The scores of a full set of answers (question id → option value): per dimension the weighted mean of its answers'
    /// scores, and the weighted mean of all. Refuses a missing or unknown answer, naming it.
    /// </summary>
    public SurveyScores Score(IReadOnlyDictionary<string, string> answers)
    {
        foreach (var questionId in answers.Keys.Where(id => Questions.All(q => q.Id != id)))
            throw new CaseRuleException($"answers.{questionId}", $"Version {Version} of the survey has no question '{questionId}'.");
        var scored = new List<(SurveyQuestion Question, decimal? Score)>();
        foreach (var question in Questions)
        {
            if (!answers.TryGetValue(question.Id, out var value) || string.IsNullOrWhiteSpace(value))
                throw new CaseRuleException($"answers.{question.Id}", $"Answer '{question.Text}'.");
            var option = question.Options.FirstOrDefault(o => o.Value == value)
                         ?? throw new CaseRuleException($"answers.{question.Id}", $"'{value}' is not an answer to '{question.Text}'; choose one of: {string.Join(", ", question.Options.Select(o => o.Value))}.");
            scored.Add((question, option.Score));
        }
        decimal? Mean(IEnumerable<(SurveyQuestion Question, decimal? Score)> part)
        {
            var applying = part.Where(p => p.Score is not null).ToList();
            var weight = applying.Sum(p => p.Question.Weight);
            return weight == 0 ? null : Math.Round(applying.Sum(p => p.Question.Weight * p.Score!.Value) / weight, 3);
        }
        return new SurveyScores(
            Mean(scored.Where(s => s.Question.Dimension == SurveyDimension.Economic)),
            Mean(scored.Where(s => s.Question.Dimension == SurveyDimension.Social)),
            Mean(scored.Where(s => s.Question.Dimension == SurveyDimension.Psychosocial)),
            Mean(scored));
    }
}
