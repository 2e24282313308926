namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// One entry of a person's consent history. Entries are never changed or removed: a withdrawal is a new entry, so the
/// history shows what the person had agreed to at any moment.
/// </summary>
public sealed class Consent
{
    private Consent() { }

    internal Consent(string id, string personId, ConsentStatement statement, DateTime recordedAt, string recordedBy)
    {
        Id = id;
        PersonId = personId;
        Kind = statement.Kind;
        Decision = statement.Decision;
        Method = statement.Method;
        Language = statement.Language;
        Interpreter = statement.Interpreter;
        Guardian = statement.Guardian;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public string Id { get; private set; } = "";
    public string PersonId { get; private set; } = "";
    public ConsentKind Kind { get; private set; }
    public ConsentDecision Decision { get; private set; }
    public ConsentMethod Method { get; private set; }
    public string Language { get; private set; } = "";
    public string? Interpreter { get; private set; }
    public string? Guardian { get; private set; }
    public DateTime RecordedAt { get; private set; }

    /// <summary>The case worker who recorded it; for a verbal consent, the one who certifies it.</summary>
    public string RecordedBy { get; private set; } = "";
}
