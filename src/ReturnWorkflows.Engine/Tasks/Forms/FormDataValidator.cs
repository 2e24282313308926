using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReturnWorkflows.Engine.Tasks.Forms;

/// <summary>
/// Checks submitted form data against its form: required fields present (a required tick box ticked), each value of its field's type, no
/// fields the form does not have. Errors are keyed <c>form.&lt;field&gt;</c>, as the problem details name them.
/// </summary>
public static class FormDataValidator
{
    public const int DefaultMaxLength = 4_000;

    /// <summary>Free data (a task without a known form) is kept, but not without bound.</summary>
    public const int MaxUnstructuredBytes = 64 * 1024;

    public static IReadOnlyDictionary<string, string[]> Validate(FormDefinition? form, JsonObject? data)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (form is null)
        {
            if (data is not null && System.Text.Encoding.UTF8.GetByteCount(data.ToJsonString()) > MaxUnstructuredBytes)
                errors["form"] = [$"The form data is larger than {MaxUnstructuredBytes / 1024} KB."];
            return errors;
        }

        Check(form.Fields, data, "form.", $"the form '{form.Key}'", errors);
        return errors;
    }

    /// <summary>Checks one object of answers (the form's, or a person's row) against its fields; errors keyed <paramref name="prefix"/> + field.</summary>
    private static void Check(IReadOnlyList<FormField> fields, JsonObject? data, string prefix, string what, Dictionary<string, string[]> errors)
    {
        var known = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, _) in data ?? [])
        {
            if (!known.Contains(name))
                errors[prefix + name] = [$"'{name}' is not a field of {what}."];
        }
        foreach (var field in fields)
        {
            var value = data?[field.Name];
            if (value is null || (value is JsonValue text && text.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s))
                || (field.Type == FormFieldType.PersonRows && value is JsonArray { Count: 0 }))
            {
                if (field.Required)
                    errors[prefix + field.Name] = [$"{field.Label} is required."];
                continue;
            }
            if (field.Type == FormFieldType.PersonRows)
                CheckRows(field, value, prefix + field.Name, errors);
            else if (ProblemWith(field, value) is { } problem)
                errors[prefix + field.Name] = [problem];
        }
    }

    /// <summary>A list of objects, each naming a different person and answering the columns; errors keyed <c>form.persons[1].consented</c>.</summary>
    private static void CheckRows(FormField field, JsonNode value, string key, Dictionary<string, string[]> errors)
    {
        if (value is not JsonArray rows)
        {
            errors[key] = [$"{field.Label} must be a list with a row per person."];
            return;
        }
        var columns = field.Columns ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var rowKey = $"{key}[{i}]";
            if (rows[i] is not JsonObject row)
            {
                errors[rowKey] = [$"Row {i + 1} of {field.Label} must be an object."];
                continue;
            }
            if (row[PersonIdField] is not JsonValue id || !id.TryGetValue<string>(out var personId) || string.IsNullOrWhiteSpace(personId))
                errors[$"{rowKey}.{PersonIdField}"] = [$"Row {i + 1} of {field.Label} must name its person ({PersonIdField})."];
            else if (!seen.Add(personId))
                errors[$"{rowKey}.{PersonIdField}"] = [$"Row {i + 1} of {field.Label} repeats a person; give one row per person."];
            var answers = new JsonObject();
            foreach (var (name, answer) in row)
            {
                if (name != PersonIdField) answers[name] = answer?.DeepClone();
            }
            Check(columns, answers, rowKey + ".", $"a row of {field.Label}", errors);
        }
    }

    /// <summary>The property of a <see cref="FormFieldType.PersonRows"/> row that names its person.</summary>
    public const string PersonIdField = "personId";

    private static string? ProblemWith(FormField field, JsonNode value)
    {
        var kind = value.GetValueKind();
        switch (field.Type)
        {
            case FormFieldType.Text:
                if (kind != JsonValueKind.String) return $"{field.Label} must be text.";
                var max = field.MaxLength ?? DefaultMaxLength;
                return value.GetValue<string>().Length > max ? $"{field.Label} is longer than {max} characters." : null;
            case FormFieldType.Number:
                return kind == JsonValueKind.Number ? null : $"{field.Label} must be a number.";
            case FormFieldType.Boolean:
                if (kind is not (JsonValueKind.True or JsonValueKind.False)) return $"{field.Label} must be true or false.";
                // A required tick box is a confirmation (e.g. "right to withdraw explained"): evidence only when ticked.
                return field.Required && kind == JsonValueKind.False ? $"{field.Label} must be ticked." : null;
            case FormFieldType.Date:
                return kind == JsonValueKind.String && DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? null : $"{field.Label} must be a date written yyyy-MM-dd.";
            case FormFieldType.Choice:
                var options = field.Options ?? [];
                return kind == JsonValueKind.String && options.Contains(value.GetValue<string>(), StringComparer.Ordinal)
                    ? null : $"{field.Label} must be one of: {string.Join(", ", options)}.";
            default:
                return $"{field.Label} has a type this server does not know.";
        }
    }
}
