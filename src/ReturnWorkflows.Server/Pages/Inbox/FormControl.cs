using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Engine.Tasks.Forms;

namespace ReturnWorkflows.Server.Pages.Inbox;

/// <summary>
/// One input of a task's form (<c>_FormControl.cshtml</c>): a field of its own, or a cell of a person's row, which
/// <paramref name="LabelledBy"/> names by its column and row headers.
/// </summary>
/// <param name="ErrorId">The element that says what is wrong with it (<c>aria-describedby</c>), when something is.</param>
public sealed record FormControl(FormField Field, string Name, string? Entered, string? FormKey, string? ErrorId, string? LabelledBy = null)
{
    public string CssClass => (Field.Type switch
    {
        FormFieldType.Boolean => "form-check-input",
        FormFieldType.Choice => "form-select",
        _ => "form-control",
    }) + (ErrorId is null ? "" : " is-invalid");
}

/// <summary>A field asked of each person (<c>_PersonRows.cshtml</c>): a table, a row per person, a column per question.</summary>
/// <param name="Name">The field's input name; a cell is <c>Name[i].column</c>.</param>
/// <param name="Entered">What a cell shows, by its answer key (<c>persons[0].number</c>): as typed after a refusal, else as the case says.</param>
/// <param name="ErrorFor">The message for an answer key (<c>form.persons[0].number</c>), if any.</param>
public sealed record PersonRowsField(
    FormField Field, string? FormKey, string Name, string? Error, IReadOnlyList<CaseFormPerson> Persons,
    Func<string, string?> Entered, Func<string, string?> ErrorFor)
{
    public string AnswerKey(int row, string column) => $"{Field.Name}[{row}].{column}";
}
