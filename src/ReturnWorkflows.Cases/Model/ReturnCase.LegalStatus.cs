namespace ReturnWorkflows.Cases.Model;

// The legal status in the host country and its voluntary-departure deadline (domain.md, lifecycle steps 1 and 7).
public sealed partial class ReturnCase
{
    public const int MaxLegalStatusNoteLength = 2000;

    private readonly List<DepartureDeadline> _departureDeadlines = [];

    public LegalStatusKind? LegalStatus { get; private set; }
    public string? LegalStatusNote { get; private set; }
    public DateTime? LegalStatusRecordedAt { get; private set; }
    public string? LegalStatusRecordedBy { get; private set; }

    /// <summary>Every setting and extension of the deadline, oldest first.</summary>
    public IReadOnlyList<DepartureDeadline> DepartureDeadlines => _departureDeadlines;

    /// <summary>The deadline in force: the latest recorded.</summary>
    public DepartureDeadline? CurrentDepartureDeadline => _departureDeadlines.MaxBy(d => d.Sequence);

    /// <summary>
    /// Records the legal status and, when the host country set or moved one, the voluntary-departure deadline: a later
    /// day than the one in force is an extension, an earlier one a change; the same day records nothing new.
    /// </summary>
    public void RecordLegalStatus(LegalStatusKind status, string? note, DateOnly? deadline, string? reference, DateTime at, string by)
    {
        RequireOpen();
        var current = CurrentDepartureDeadline;
        if (deadline is null && current is not null)
            throw new CaseRuleException("departureDeadline", $"A deadline of {current.Deadline:yyyy-MM-dd} is recorded: give it again, or the day it was moved to.");
        var noteText = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (status != LegalStatus || noteText != LegalStatusNote)
            _changes.Add(new CaseChange(CaseSections.Case, "legalStatus", LegalStatus?.ToString(), status.ToString()));
        (LegalStatus, LegalStatusNote, LegalStatusRecordedAt, LegalStatusRecordedBy) = (status, noteText, at, by);
        if (deadline is { } day && day != current?.Deadline)
        {
            var change = current is null ? DeadlineChange.Set : day > current.Deadline ? DeadlineChange.Extended : DeadlineChange.Changed;
            _departureDeadlines.Add(new DepartureDeadline(NewRecordId(), Id, (current?.Sequence ?? 0) + 1, day, change,
                string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(), at, by));
            _changes.Add(new CaseChange(CaseSections.Case, "departureDeadline", current?.Deadline.ToString("yyyy-MM-dd"), $"{day:yyyy-MM-dd} ({change})"));
        }
        Touch(at, by);
    }
}
