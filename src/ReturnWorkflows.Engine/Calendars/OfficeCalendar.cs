namespace ReturnWorkflows.Engine.Calendars;

/// <summary>
/// An office's clock and working week: its time zone, the weekdays it works and its public holidays. Calendar rules
/// ("+3 working days", "+1 month", the morning digest) are computed in local time here and stored in UTC.
/// </summary>
public sealed class OfficeCalendar
{
    public static readonly IReadOnlySet<DayOfWeek> MondayToFriday =
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };

    public static readonly OfficeCalendar Utc = new(TimeZoneInfo.Utc, MondayToFriday, new HashSet<DateOnly>());

    public OfficeCalendar(TimeZoneInfo timeZone, IReadOnlySet<DayOfWeek> workingDays, IReadOnlySet<DateOnly> holidays)
    {
        if (workingDays.Count == 0)
            throw new ArgumentException("An office works at least one day a week.", nameof(workingDays));
        TimeZone = timeZone;
        WorkingDays = workingDays;
        Holidays = holidays;
    }

    public TimeZoneInfo TimeZone { get; }
    public IReadOnlySet<DayOfWeek> WorkingDays { get; }
    public IReadOnlySet<DateOnly> Holidays { get; }

    public bool IsWorkingDay(DateOnly day) => WorkingDays.Contains(day.DayOfWeek) && !Holidays.Contains(day);

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);

    /// <summary>The UTC instant of a local wall-clock time; a time that a spring-forward skips moves past the gap.</summary>
    public DateTime ToUtc(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (TimeZone.IsInvalidTime(local))
            local = local.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(local, TimeZone);
    }

    public DateOnly Today(DateTime utcNow) => DateOnly.FromDateTime(ToLocal(utcNow));

    /// <summary>
    /// Moves by whole working days at the same local time of day (backwards when negative). From a weekend or holiday,
    /// "+1 working day" is the next working day.
    /// </summary>
    public DateTime AddWorkingDays(DateTime utc, int days)
    {
        var local = ToLocal(utc);
        var step = Math.Sign(days);
        for (var left = Math.Abs(days); left > 0;)
        {
            local = local.AddDays(step);
            if (IsWorkingDay(DateOnly.FromDateTime(local))) left--;
        }
        return ToUtc(local);
    }
}
