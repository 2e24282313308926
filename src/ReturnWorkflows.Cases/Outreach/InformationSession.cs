namespace ReturnWorkflows.Cases.Outreach;

/// <summary>
/// An information session (outreach): where the programme's funnel starts (information session → counselled →
/// approved → departed ...). A group is told about voluntary return at a reception centre or the office; the session
/// records when, where, in which language, who ran it, how many came by sex and age band, and how many asked for
/// individual counselling. Its own aggregate, held by the office of whoever recorded it.
/// </summary>
public sealed class InformationSession
{
    public const int MaxPlaceNameLength = 200;
    public const int MaxRanByLength = 200;

    private InformationSession() { }

    public string Id { get; private set; } = "";
    public string Office { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public SessionPlaceKind PlaceKind { get; private set; }
    public string PlaceName { get; private set; } = "";

    /// <summary>An ISO 639 code (ur, ps, fa, ar...), lower case.</summary>
    public string Language { get; private set; } = "";

    /// <summary>The staff member or partner who ran the session, as the recorder names them.</summary>
    public string RanBy { get; private set; } = "";

    public int Girls { get; private set; }
    public int Boys { get; private set; }
    public int Women { get; private set; }
    public int Men { get; private set; }
    public int OlderWomen { get; private set; }
    public int OlderMen { get; private set; }
    public int RequestedCounselling { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public HeadCounts Attendance => new(Girls, Boys, Women, Men, OlderWomen, OlderMen);

    public static InformationSession Record(string id, string office, SessionReport report, DateTime at, string by) => new()
    {
        Id = id, Office = office, Date = report.Date, PlaceKind = report.PlaceKind, PlaceName = report.PlaceName.Trim(),
        Language = report.Language.Trim().ToLowerInvariant(), RanBy = report.RanBy.Trim(),
        Girls = report.Attendance.Girls, Boys = report.Attendance.Boys, Women = report.Attendance.Women, Men = report.Attendance.Men,
        OlderWomen = report.Attendance.OlderWomen, OlderMen = report.Attendance.OlderMen,
        RequestedCounselling = report.RequestedCounselling, RecordedAt = at, RecordedBy = by,
    };
}

/// <summary>What the recorder says of a session.</summary>
public sealed record SessionReport(
    DateOnly Date, SessionPlaceKind PlaceKind, string PlaceName, string Language, string RanBy, HeadCounts Attendance, int RequestedCounselling);
