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

        var fields = form.Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var (name, _) in data ?? [])
        {
            if (!fields.ContainsKey(name))
                errors[$"form.{name}"] = [$"'{name}' is not a field of the form '{form.Key}'."];
        }
        foreach (var field in form.Fields)
        {
            var value = data?[field.Name];
            if (value is null || (value is JsonValue text && text.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s)))
            {
                if (field.Required)
                    errors[$"form.{field.Name}"] = [$"{field.Label} is required."];
                continue;
            }
            if (ProblemWith(field, value) is { } problem)
                errors[$"form.{field.Name}"] = [problem];
        }
        return errors;
    }

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
