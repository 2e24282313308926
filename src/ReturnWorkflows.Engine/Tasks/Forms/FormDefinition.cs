namespace ReturnWorkflows.Engine.Tasks.Forms;

/// <summary>
/// What a person fills in when completing a task: the fields a user task's <c>formKey</c> names. Forms are data
/// (<c>forms/*.json</c>), so a programme adds one without a release.
/// </summary>
public sealed record FormDefinition(string Key, string Title, IReadOnlyList<FormField> Fields);

/// <param name="Name">The property name in the submitted JSON object.</param>
/// <param name="Options">For <see cref="FormFieldType.Choice"/>: the allowed values.</param>
/// <param name="MaxLength">For text: at most this many characters (default 4,000).</param>
/// <param name="Columns">For <see cref="FormFieldType.PersonRows"/>: the questions asked of each person.</param>
public sealed record FormField(
    string Name,
    string Label,
    FormFieldType Type,
    bool Required = false,
    IReadOnlyList<string>? Options = null,
    int? MaxLength = null,
    IReadOnlyList<FormField>? Columns = null);

public enum FormFieldType
{
    Text,
    Number,
    /// <summary>A calendar date, <c>yyyy-MM-dd</c>.</summary>
    Date,
    Boolean,
    /// <summary>One of <see cref="FormField.Options"/>.</summary>
    Choice,
    /// <summary>
    /// A row per person of the task's case: a list of objects, each with the person's <c>personId</c> and an answer to
    /// each of <see cref="FormField.Columns"/> (a consent each person gives, a document each holds). Which persons the
    /// rows must cover is the case's to say; the form check only makes sure each row has its columns' types.
    /// </summary>
    PersonRows,
}
