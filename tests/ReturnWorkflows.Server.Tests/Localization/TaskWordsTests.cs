using System.Globalization;
using System.Resources;
using System.Text.Json.Nodes;
using ReturnWorkflows.Cases.Activities;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Server.Tests.Localization;

/// <summary>
/// Every word a case task brings has its Serbian: the shipped phases' step titles, each case form's title and
/// questions, each case step's outcomes. A step or question added without its translation fails here, by name.
/// </summary>
public sealed class TaskWordsTests
{
    private static readonly ResourceSet Serbian = new ResourceManager("ReturnWorkflows.Server.Resources.TaskWords", typeof(TaskWords).Assembly)
        .GetResourceSet(new CultureInfo("sr-Latn-RS"), createIfNotExists: true, tryParents: false)!;

    [Fact]
    public void Every_case_step_title_form_question_and_outcome_is_in_the_serbian_resources()
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var form in CaseForms.All)
        {
            words.Add(form.Title);
            foreach (var field in form.Fields)
            {
                words.Add(field.Label);
                foreach (var column in field.Columns ?? []) words.Add(column.Label);
            }
        }
        foreach (var type in typeof(CaseActivity).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(CaseActivity)) && !t.IsAbstract))
            foreach (var outcome in ((CaseActivity)Activator.CreateInstance(type)!).TaskOutcomes)
                words.Add(outcome);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Workflows, "*.json"))
            foreach (var title in CaseStepTitles(JsonNode.Parse(File.ReadAllText(file))))
                words.Add(title);

        Assert.True(words.Count > 100, $"only {words.Count} words found: the walk missed the steps");
        var missing = words.Where(w => Serbian.GetString(w) is null).ToList();
        Assert.True(missing.Count == 0, "Not in Resources/TaskWords.sr-Latn-RS.resx:\n" + string.Join("\n", missing));
    }

    private static IEnumerable<string> CaseStepTitles(JsonNode? node) => node switch
    {
        JsonObject o when ((string?)o["type"])?.StartsWith("ReturnWorkflows.Cases.", StringComparison.Ordinal) == true
                          && o["title"]?["expression"]?["value"] is JsonValue title => [(string)title!, .. o.SelectMany(p => CaseStepTitles(p.Value))],
        JsonObject o => o.SelectMany(p => CaseStepTitles(p.Value)),
        JsonArray a => a.SelectMany(CaseStepTitles),
        _ => [],
    };
}
