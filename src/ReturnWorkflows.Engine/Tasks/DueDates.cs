using System.Globalization;
using System.Text.RegularExpressions;

namespace ReturnWorkflows.Engine.Tasks;

/// <summary>
/// When a task is due: a time span (<c>3.00:00:00</c>), a calendar offset (<c>+3 days</c>, <c>+2 weeks</c>,
/// <c>+3 months</c>, <c>+1 year</c>: months and years follow the calendar, so "+1 month" from 31 January is 28 or 29
/// February), or an ISO date. Empty means no due date.
/// </summary>
public static partial class DueDates
{
    public static DateTime? Resolve(string? due, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(due)) return null;
        var text = due.Trim();
        var offset = CalendarOffset().Match(text);
        if (offset.Success)
        {
            var amount = int.Parse(offset.Groups["n"].Value, CultureInfo.InvariantCulture);
            return offset.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s') switch
            {
                "hour" => now.AddHours(amount),
                "day" => now.AddDays(amount),
                "week" => now.AddDays(7 * amount),
                "month" => now.AddMonths(amount),
                "year" => now.AddYears(amount),
                var unit => throw new FormatException($"Unknown unit '{unit}' in the due offset."),
            };
        }
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span))
            return now + span;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            return date.UtcDateTime;
        throw new FormatException("The due date is not a time span, a calendar offset such as '+3 months', or a date.");
    }

    [GeneratedRegex(@"^\+\s*(?<n>\d{1,4})\s*(?<unit>hours?|days?|weeks?|months?|years?)$", RegexOptions.IgnoreCase)]
    private static partial Regex CalendarOffset();
}
