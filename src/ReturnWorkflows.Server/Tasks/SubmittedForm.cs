using System.Globalization;
using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Tasks.Forms;

namespace ReturnWorkflows.Server.Tasks;

/// <summary>
/// Reads a task's form as the inbox page posts it (inputs named <c>form.&lt;field&gt;</c>) into the JSON object the
/// completion checks. Nothing is judged here: a number that does not parse stays text, so the engine's form check
/// reports it against its field like any other mistake.
/// </summary>
internal static class SubmittedForm
{
    public const string Prefix = "form.";

    public static JsonObject Read(FormDefinition form, IFormCollection posted)
    {
        var data = new JsonObject();
        foreach (var field in form.Fields)
        {
            var value = posted[Prefix + field.Name].ToString();
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
}
