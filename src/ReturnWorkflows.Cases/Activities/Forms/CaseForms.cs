using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Tasks.Forms;

namespace ReturnWorkflows.Cases.Activities.Forms;

/// <summary>
/// Case forms are C# records (<see cref="CaseFormAttribute"/>): the form definition the task page and <c>/api/forms</c>
/// show is generated from the record, and the submitted answers are read back into it, so the two cannot drift apart.
/// </summary>
public static class CaseForms
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Every case form of this assembly.</summary>
    public static IReadOnlyList<FormDefinition> All { get; } = typeof(CaseForms).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<CaseFormAttribute>() is not null)
        .Select(Describe).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();

    public static string KeyOf(Type form) =>
        form.GetCustomAttribute<CaseFormAttribute>()?.Key ?? throw new InvalidOperationException($"{form.Name} has no [CaseForm] attribute.");

    public static FormDefinition Describe(Type form)
    {
        var attribute = form.GetCustomAttribute<CaseFormAttribute>() ?? throw new InvalidOperationException($"{form.Name} has no [CaseForm] attribute.");
        return new FormDefinition(attribute.Key, attribute.Title, Questions(form));
    }

    /// <summary>The answers as the record; the form check has already made sure each value has its field's type.</summary>
    public static TForm Read<TForm>(JsonObject? answers) where TForm : class =>
        (answers ?? []).Deserialize<TForm>(Json) ?? throw new InvalidOperationException($"The answers could not be read as {typeof(TForm).Name}.");

    /// <summary>The record as the answers the form opens with (a prefilled form).</summary>
    public static JsonObject Write<TForm>(TForm form) where TForm : class => JsonSerializer.SerializeToNode(form, Json)!.AsObject();

    /// <summary>A validator's property path as the answers name it: "Persons[1].ExpiresOn" → "persons[1].expiresOn".</summary>
    public static string AnswerKey(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(ActivityDescriber.CamelCase));

    private static List<FormField> Questions(Type record) => record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(p => (Property: p, Question: p.GetCustomAttribute<QuestionAttribute>()))
        .Where(x => x.Question is not null)
        .Select(x => Field(x.Property, x.Question!))
        .ToList();

    private static FormField Field(PropertyInfo property, QuestionAttribute question)
    {
        // A list of rows (IReadOnlyList<TRow>, TRow an IPersonRow): a row per person, its questions the columns.
        if (RowTypeOf(property.PropertyType) is { } row)
            return new FormField(ActivityDescriber.CamelCase(property.Name), question.Label, FormFieldType.PersonRows, question.Required,
                Columns: Questions(row));
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var (fieldType, options) = type switch
        {
            _ when type == typeof(string) => (FormFieldType.Text, (IReadOnlyList<string>?)null),
            _ when type == typeof(bool) => (FormFieldType.Boolean, null),
            _ when type == typeof(DateOnly) => (FormFieldType.Date, null),
            _ when type == typeof(int) || type == typeof(decimal) => (FormFieldType.Number, null),
            { IsEnum: true } => (FormFieldType.Choice, Enum.GetNames(type)),
            _ => throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name}: a case form cannot ask for a {type.Name}."),
        };
        return new FormField(ActivityDescriber.CamelCase(property.Name), question.Label, fieldType, question.Required, options,
            question.MaxLength > 0 ? question.MaxLength : null);
    }

    private static Type? RowTypeOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && typeof(IPersonRow).IsAssignableFrom(type.GetGenericArguments()[0])
            ? type.GetGenericArguments()[0] : null;
}
