using Microsoft.Extensions.Options;

namespace ReturnWorkflows.Engine.Calendars;

/// <summary>The calendar of each office, built once from the settings (a bad time zone stops the start, naming it).</summary>
public sealed class OfficeCalendars
{
    private readonly Dictionary<string, OfficeCalendar> _offices;

    public OfficeCalendars(IOptions<CalendarOptions> options) : this(options.Value) { }

    public OfficeCalendars(CalendarOptions options)
    {
        Default = Build(options.Default, null, $"{CalendarOptions.Section}:Default");
        _offices = options.Offices.ToDictionary(o => o.Key, o => Build(o.Value, options.Default, $"{CalendarOptions.Section}:Offices:{o.Key}"),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every office on UTC, Monday to Friday: what engine-level tests and an unconfigured server use.</summary>
    public static readonly OfficeCalendars AllUtc = new(new CalendarOptions());

    public OfficeCalendar Default { get; }

    /// <summary>The codes of the offices that have a calendar of their own.</summary>
    public IReadOnlyCollection<string> Offices => _offices.Keys;

    public OfficeCalendar For(string? office) =>
        office is not null && _offices.TryGetValue(office, out var calendar) ? calendar : Default;

    /// <summary>The distinct zones in use, for jobs that run at a local hour in each.</summary>
    public IReadOnlyList<TimeZoneInfo> TimeZones =>
        _offices.Values.Prepend(Default).Select(c => c.TimeZone).DistinctBy(z => z.Id).ToList();

    private static OfficeCalendar Build(OfficeCalendarSettings settings, OfficeCalendarSettings? fallback, string path)
    {
        var zoneId = settings.TimeZone ?? fallback?.TimeZone;
        TimeZoneInfo zone;
        try
        {
            zone = string.IsNullOrWhiteSpace(zoneId) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new OptionsValidationException(path, typeof(CalendarOptions), [$"{path}:TimeZone '{zoneId}' is not a known time zone (use an IANA name such as Europe/Sarajevo)."]);
        }
        var days = settings.WorkingDays ?? fallback?.WorkingDays;
        if (days is { Length: 0 })
            throw new OptionsValidationException(path, typeof(CalendarOptions), [$"{path}:WorkingDays is empty; an office works at least one day a week."]);
        return new OfficeCalendar(zone, days is null ? OfficeCalendar.MondayToFriday : days.ToHashSet(),
            (settings.Holidays ?? fallback?.Holidays ?? []).ToHashSet());
    }
}
