namespace ReturnWorkflows.Cases.ReferenceData;

/// <summary>
/// The survey a new installation starts with: an example of the instrument's shape (three dimensions, weighted
/// questions with scored answers), written for this product and labelled as a sample. A programme publishes its own
/// instrument as a new version; responses keep the version they were answered on.
/// </summary>
public static class SampleSustainabilitySurvey
{
    public const string Id = "reintegration-sustainability";

    public static SustainabilitySurvey Create(DateTime at) => new()
    {
        Id = Id,
        Version = 1,
        Title = "Reintegration sustainability survey (sample: replace with the programme's own instrument)",
        IsSample = true,
        PublishedAt = at,
        PublishedBy = "system",
        Questions =
        [
            Question("income", "Does what the household earns cover its basic needs?", SurveyDimension.Economic, 2,
                ("covers", "It covers them", 1m), ("partly", "Only partly", 0.5m), ("no", "It does not", 0m)),
            Question("work", "Does someone in the household have work or a business that earns regularly?", SurveyDimension.Economic, 2,
                ("regular", "Yes, regularly", 1m), ("sometimes", "Sometimes", 0.5m), ("no", "No", 0m)),
            Question("unexpected-expense", "Could the household meet an unexpected expense (savings, credit, help)?", SurveyDimension.Economic, 1,
                ("yes", "Yes", 1m), ("with-difficulty", "With difficulty", 0.5m), ("no", "No", 0m)),
            Question("housing", "Is the household's housing safe and adequate?", SurveyDimension.Social, 2,
                ("yes", "Yes", 1m), ("partly", "Partly", 0.5m), ("no", "No", 0m)),
            Question("health-care", "Can the household get health care when it needs it?", SurveyDimension.Social, 1,
                ("yes", "Yes", 1m), ("sometimes", "Sometimes", 0.5m), ("no", "No", 0m)),
            Question("schooling", "Do the household's school-age children go to school?", SurveyDimension.Social, 1,
                ("all", "All of them", 1m), ("some", "Some of them", 0.5m), ("none", "None of them", 0m), ("no-children", "No school-age children", null)),
            Question("belonging", "Do they feel part of the community they live in?", SurveyDimension.Psychosocial, 1,
                ("yes", "Yes", 1m), ("somewhat", "Somewhat", 0.5m), ("no", "No", 0m)),
            Question("distress", "How often have they felt worried, sad or hopeless in the past month?", SurveyDimension.Psychosocial, 2,
                ("rarely", "Rarely or never", 1m), ("sometimes", "Sometimes", 0.5m), ("often", "Often", 0m)),
            Question("safety", "Do they feel safe where they live?", SurveyDimension.Psychosocial, 1,
                ("yes", "Yes", 1m), ("mostly", "Mostly", 0.5m), ("no", "No", 0m)),
        ],
    };

    private static SurveyQuestion Question(string id, string text, SurveyDimension dimension, decimal weight, params (string Value, string Label, decimal? Score)[] options) =>
        new(id, text, dimension, weight, options.Select(o => new SurveyOption(o.Value, o.Label, o.Score)).ToList());
}
