namespace ReturnWorkflows.Engine.Calendars;

/// <summary>
/// Bound from <c>ReturnWorkflows:Calendars</c>: the default calendar and each office's own, by office code. An office
/// without an entry, or a setting an entry leaves out, takes the default's.
/// </summary>
public sealed class CalendarOptions
{
    public const string Section = "ReturnWorkflows:Calendars";

    public OfficeCalendarSettings Default { get; set; } = new();

    public Dictionary<string, OfficeCalendarSettings> Offices { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class OfficeCalendarSettings
{
    /// <summary>An IANA zone such as <c>Europe/Sarajevo</c>; UTC when unset.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Monday to Friday when unset.</summary>
    public DayOfWeek[]? WorkingDays { get; set; }

    /// <summary>Public holidays as dates (<c>2027-01-01</c>).</summary>
    public DateOnly[]? Holidays { get; set; }
}
