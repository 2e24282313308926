using System.Globalization;
using System.Text.RegularExpressions;
using ReturnWorkflows.Engine.Calendars;

namespace ReturnWorkflows.Engine.Tasks;

/// <summary>
/// A point in time relative to another, as managers write it: a time span (<c>3.00:00:00</c>), a calendar offset
/// (<c>+3 days</c>, <c>+3 working days</c>, <c>+2 weeks</c>, <c>+3 months</c>, <c>-1 working day</c>) or a date.
/// Calendar offsets run in the office's time zone at the same local time of day: months and years follow the calendar
/// ("+1 month" from 31 January is 28 or 29 February), working days skip the office's weekends and holidays. A date
/// without a zone is the office's local time. Empty means none.
/// </summary>
public static partial class DueDates
{
    public static DateTime? Resolve(string? due, DateTime from, OfficeCalendar? calendar = null)
    {
        if (string.IsNullOrWhiteSpace(due)) return null;
        calendar ??= OfficeCalendar.Utc;
        var text = due.Trim();
        var offset = CalendarOffset().Match(text);
        if (offset.Success)
        {
            var amount = int.Parse(offset.Groups["n"].Value, CultureInfo.InvariantCulture) * (offset.Groups["sign"].Value == "-" ? -1 : 1);
            var unit = offset.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
            if (offset.Groups["working"].Success)
                return unit == "day" ? calendar.AddWorkingDays(from, amount)
                    : throw new FormatException("Only days can be working days ('+3 working days').");
            if (unit == "hour") return from.AddHours(amount);
            var local = calendar.ToLocal(from);
            return calendar.ToUtc(unit switch
            {
                "day" => local.AddDays(amount),
                "week" => local.AddDays(7 * amount),
                "month" => local.AddMonths(amount),
                "year" => local.AddYears(amount),
                _ => throw new FormatException($"Unknown unit '{unit}' in the offset."),
            });
        }
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span))
            return from + span;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return HasZone(text) ? date.UtcDateTime : calendar.ToUtc(date.DateTime);
        throw new FormatException("Not a time span, a calendar offset such as '+3 months' or '+3 working days', or a date.");
    }

    private static bool HasZone(string text) => text.EndsWith('Z') || text.EndsWith('z') || ZoneSuffix().IsMatch(text);

    [GeneratedRegex(@"^(?<sign>[+-])\s*(?<n>\d{1,4})\s*(?<working>working\s+)?(?<unit>hours?|days?|weeks?|months?|years?)$", RegexOptions.IgnoreCase)]
    private static partial Regex CalendarOffset();

    [GeneratedRegex(@"T.*[+-]\d{2}:?\d{2}$")]
    private static partial Regex ZoneSuffix();
}
