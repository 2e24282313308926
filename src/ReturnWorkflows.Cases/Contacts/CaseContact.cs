using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Contacts;

/// <summary>
/// One entry of a case's contact log: a visit, call or message to one person of the case, whether it reached them,
/// who made it and a short note. Entries are only ever added.
/// <para>
/// Its own small aggregate keyed by the case rather than a part of <see cref="ReturnCase"/>: logging a call must not
/// raise the case's version (a counsellor's call would make a colleague's open edit of the case stale), and the case
/// is loaded for every section edit, which should not drag a growing log along. The case's rules still apply: the
/// entry is made only through <see cref="Log"/>, given the loaded case.
/// </para>
/// </summary>
public sealed class CaseContact
{
    public const int MaxNoteLength = 1000;

    /// <summary>
    /// How long before the intake a contact may lie: the calls that arranged the intake are logged once the case
    /// exists; anything older is taken for a mistyped date.
    /// </summary>
    public static readonly TimeSpan BeforeOpening = TimeSpan.FromDays(30);

    private CaseContact() { }

    public string Id { get; private set; } = "";
    public string CaseId { get; private set; } = "";
    public string PersonId { get; private set; } = "";
    public DateTime ContactedAt { get; private set; }
    public ContactChannel Channel { get; private set; }
    public bool Reached { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The signed-in user who made (and logged) the contact.</summary>
    public string By { get; private set; } = "";

    public DateTime RecordedAt { get; private set; }

    /// <summary>
    /// Logs a contact with a person of <paramref name="returnCase"/>: the case is open, the person is in it and has not
    /// withdrawn their consent to data processing, and the contact lies between shortly before the case's opening and now.
    /// </summary>
    public static CaseContact Log(ReturnCase returnCase, string personId, ContactAttempt attempt, string id, DateTime now, string by)
    {
        if (returnCase.Status == CaseStatus.Closed)
            throw new CaseRuleException("status", "The case is closed; reopen it before changing it.");
        var person = returnCase.Persons.FirstOrDefault(p => p.Id == personId)
                     ?? throw new Engine.Application.NotFoundException("personId", $"The case has no person '{personId}'.");
        if (!person.MayBeProcessed)
            throw new CaseRuleException("consent", "The person has withdrawn their consent to data processing: nothing more about them may be recorded.");
        if (attempt.ContactedAt > now)
            throw new CaseRuleException("contactedAt", "The contact lies in the future.");
        if (attempt.ContactedAt < returnCase.CreatedAt - BeforeOpening)
            throw new CaseRuleException("contactedAt", $"The contact lies more than {BeforeOpening.TotalDays:0} days before the case was opened.");
        return new CaseContact
        {
            Id = id,
            CaseId = returnCase.Id,
            PersonId = personId,
            ContactedAt = attempt.ContactedAt,
            Channel = attempt.Channel,
            Reached = attempt.Reached,
            Note = string.IsNullOrWhiteSpace(attempt.Note) ? null : attempt.Note.Trim(),
            By = by,
            RecordedAt = now,
        };
    }

    /// <summary>For the audit trail: the channel and outcome, never the note.</summary>
    public CaseChange Change => new(CaseSections.Contacts, $"persons[{PersonId}].contacts[{Id}]", null,
        $"{Channel}, {(Reached ? "reached" : "not reached")}");
}
