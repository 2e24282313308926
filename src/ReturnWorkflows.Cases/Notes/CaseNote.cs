using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Notes;

/// <summary>
/// A case worker's note on a case: what does not fit a section (a phone call with a lawyer, a family matter to keep in
/// mind). Notes are only ever added; a wrong one is corrected by a later note, as on a paper file.
/// <para>
/// Like the contact log, its own small aggregate keyed by the case: writing a note must not raise the case's version
/// and make a colleague's open section edit stale. Everyone who may see the case reads its notes, so the page says
/// that protection findings belong in the protection section, not here.
/// </para>
/// </summary>
public sealed class CaseNote
{
    public const int MaxTextLength = 2000;

    private CaseNote() { }

    public string Id { get; private set; } = "";
    public string CaseId { get; private set; } = "";
    public string Text { get; private set; } = "";

    /// <summary>The signed-in user who wrote it.</summary>
    public string By { get; private set; } = "";

    public DateTime WrittenAt { get; private set; }

    /// <summary>Writes a note on <paramref name="returnCase"/>, which must be open (a closed case is reopened first).</summary>
    public static CaseNote Write(ReturnCase returnCase, string text, string id, DateTime now, string by)
    {
        if (returnCase.Status == CaseStatus.Closed)
            throw new CaseRuleException("status", "The case is closed; reopen it before changing it.");
        if (string.IsNullOrWhiteSpace(text))
            throw new CaseRuleException("text", "Write the note.");
        return new CaseNote { Id = id, CaseId = returnCase.Id, Text = text.Trim(), By = by, WrittenAt = now };
    }

    /// <summary>For the audit trail: that a note was written, never its text (free text may hold anything).</summary>
    public CaseChange Change => new(CaseSections.Notes, $"notes[{Id}]", null, Text, Sensitive: true);
}
