using System.Globalization;
using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Tasks.Forms;

namespace ReturnWorkflows.Server.Tasks;

/// <summary>
/// Reads a task's form as the inbox page posts it (inputs named <c>form.&lt;field&gt;</c>, a person's row
/// <c>form.&lt;field&gt;[i].&lt;column&gt;</c> beside its <c>[i].personId</c>) into the JSON object the completion
/// checks. Nothing is judged here: a number that does not parse stays text, so the engine's form check reports it
/// against its field like any other mistake.
/// </summary>
internal static class SubmittedForm
{
    public const string Prefix = "form.";

    /// <summary>The most rows read back: more persons than any household.</summary>
    private const int MaxRows = 100;

    public static JsonObject Read(FormDefinition form, IFormCollection posted) => Read(form.Fields, posted, Prefix);

    /// <summary>The input name of a row's column, as the page writes it.</summary>
    public static string RowInput(string field, int row, string column) => $"{Prefix}{field}[{row}].{column}";

    private static JsonObject Read(IReadOnlyList<FormField> fields, IFormCollection posted, string prefix)
    {
        var data = new JsonObject();
        foreach (var field in fields)
        {
            if (field.Type == FormFieldType.PersonRows)
            {
                data[field.Name] = ReadRows(field, posted, prefix + field.Name);
                continue;
            }
            var value = posted[prefix + field.Name].ToString();
            if (field.Type == FormFieldType.Boolean)
                data[field.Name] = value == "true"; // an unticked box is not posted at all
            else if (string.IsNullOrWhiteSpace(value))
                continue; // left empty: absent, so a required field is reported as missing
            else if (field.Type == FormFieldType.Number && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                data[field.Name] = number;
            else
                data[field.Name] = value;
        }
        return data;
    }

    /// <summary>The rows in the order posted, each read like a small form and named by its hidden person id.</summary>
    private static JsonArray ReadRows(FormField field, IFormCollection posted, string name)
    {
        var rows = new JsonArray();
        for (var i = 0; i < MaxRows && posted.ContainsKey($"{name}[{i}].{FormDataValidator.PersonIdField}"); i++)
        {
            var row = Read(field.Columns ?? [], posted, $"{name}[{i}].");
            row[FormDataValidator.PersonIdField] = posted[$"{name}[{i}].{FormDataValidator.PersonIdField}"].ToString();
            rows.Add(row);
        }
        return rows;
    }
}
