using System.Text.RegularExpressions;

namespace ReturnWorkflows.Cases.Model;

/// <summary>How a monitoring contact is made.</summary>
public enum MonitoringChannel
{
    Visit,
    PhoneCall,
}

/// <summary>One contact of a monitoring plan: so many months after the arrival, by visit or by phone.</summary>
public sealed record MonitoringSlot(int MonthsAfterArrival, MonitoringChannel Channel);

/// <summary>
/// The plan a programme manager writes on the monitoring step, as a person reads it: "+1 month, +3 months by phone,
/// +6 months, +12 months". Parsed here so the step and its test agree on what a schedule means.
/// </summary>
public static partial class MonitoringSchedule
{
    public const string Default = "+1 month, +3 months, +6 months, +12 months";
    public const int MaxMonths = 60;

    /// <summary>The slots in order of time; null and a reason when the text is not a schedule.</summary>
    public static (IReadOnlyList<MonitoringSlot>? Slots, string? Error) Parse(string? text)
    {
        var slots = new List<MonitoringSlot>();
        foreach (var part in (string.IsNullOrWhiteSpace(text) ? Default : text).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = SlotPattern().Match(part);
            if (!match.Success || int.Parse(match.Groups["months"].Value) is < 1 or > MaxMonths)
                return (null, $"'{part}' is not a monitoring contact; write it like '+3 months' or '+3 months by phone' (1 to {MaxMonths} months after the arrival).");
            var months = int.Parse(match.Groups["months"].Value);
            if (slots.Any(s => s.MonthsAfterArrival == months))
                return (null, $"+{months} months is planned twice.");
            slots.Add(new MonitoringSlot(months, match.Groups["phone"].Success ? MonitoringChannel.PhoneCall : MonitoringChannel.Visit));
        }
        return slots.Count == 0 ? (null, "Plan at least one monitoring contact.") : (slots.OrderBy(s => s.MonthsAfterArrival).ToList(), null);
    }

    [GeneratedRegex(@"^\+?\s*(?<months>\d{1,3})\s*months?(?<phone>\s+by\s+phone)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SlotPattern();
}

/// <summary>
/// Whether the case is in the monitoring sample: the share the step monitors and this case's draw (0 to 99, from its
/// id, so the selection is recorded, reproducible and not anyone's choice).
/// </summary>
public sealed record MonitoringSample(int SharePercent, int Draw)
{
    public bool Selected => Draw < SharePercent;
}
