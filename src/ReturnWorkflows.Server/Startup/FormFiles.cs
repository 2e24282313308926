using System.Text.Json;
using ReturnWorkflows.Engine.Serialization;
using ReturnWorkflows.Engine.Tasks.Forms;

namespace ReturnWorkflows.Server.Startup;

/// <summary>
/// Loads the form definitions (<c>forms/*.json</c>, one form per file) beside the built-in ones (the case activities'
/// forms, generated from their records). A form that cannot be read, or that contradicts itself or takes a built-in
/// form's key, stops the start with the file's name: tasks must never be checked against a broken form.
/// </summary>
internal static class FormFiles
{
    public static FormCatalog Load(string folder, IEnumerable<FormDefinition>? builtIn = null)
    {
        var forms = new List<FormDefinition>(builtIn ?? []);
        if (!Directory.Exists(folder))
            return new FormCatalog(forms);
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            FormDefinition? form;
            try
            {
                form = JsonSerializer.Deserialize<FormDefinition>(File.ReadAllText(file), EngineJson.Options);
            }
            catch (JsonException e)
            {
                throw new InvalidOperationException($"Form file {Path.GetFileName(file)} is not a valid form: {e.Message}", e);
            }
            var problem = form is null ? "the file is empty" : Problem(form, forms);
            if (problem is not null)
                throw new InvalidOperationException($"Form file {Path.GetFileName(file)}: {problem}.");
            forms.Add(form!);
        }
        return new FormCatalog(forms);
    }

    private static string? Problem(FormDefinition form, List<FormDefinition> loaded)
    {
        if (string.IsNullOrWhiteSpace(form.Key)) return "the form has no key";
        if (loaded.Any(f => f.Key == form.Key)) return $"the key '{form.Key}' is used by another form";
        if (form.Fields is null || form.Fields.Count == 0) return "the form has no fields";
        if (form.Fields.Any(f => string.IsNullOrWhiteSpace(f.Name))) return "a field has no name";
        if (form.Fields.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1) is { } twice) return $"the field '{twice.Key}' appears twice";
        if (form.Fields.FirstOrDefault(f => f.Type == FormFieldType.Choice && f.Options is not { Count: > 0 }) is { } choice)
            return $"the choice field '{choice.Name}' has no options";
        return null;
    }
}
