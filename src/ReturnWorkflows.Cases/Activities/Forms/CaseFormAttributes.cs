namespace ReturnWorkflows.Cases.Activities.Forms;

/// <summary>Marks a record as a case activity's form: its key (as tasks and <c>/api/forms</c> name it) and title.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CaseFormAttribute(string key, string title) : Attribute
{
    public string Key { get; } = key;
    public string Title { get; } = title;
}

/// <summary>
/// A question of a case form, on the record's property. The field's type follows the property's (text, yes/no, date,
/// number, or a choice of an enum's names); <see cref="Required"/> on a yes/no question means it must be ticked.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class QuestionAttribute(string label) : Attribute
{
    public string Label { get; } = label;
    public bool Required { get; init; }

    /// <summary>For text; 0 is the form default.</summary>
    public int MaxLength { get; init; }
}

/// <summary>
/// A row of a per-person question (a list property of a form, asked of each person taking part): the answers one
/// person gives, named by <see cref="PersonId"/>. Its <see cref="QuestionAttribute"/> properties are the columns.
/// </summary>
public interface IPersonRow
{
    string PersonId { get; }
}
