namespace ReturnWorkflows.Server.Demo;

/// <summary>When a demo case was opened: on a working morning, the given number of days before the first start.</summary>
internal static class DemoCaseDates
{
    /// <param name="index">The case's place in the set (oldest first), to give each its own minute of the morning.</param>
    /// <param name="programmeStart">No earlier: the demo programme refuses intakes before its start.</param>
    public static DateTime OpenedAt(DateTime now, int daysAgo, int index, int count, DateOnly programmeStart)
    {
        var day = DateOnly.FromDateTime(now).AddDays(-daysAgo);
        // Offices are closed at the weekend: a Saturday's or Sunday's case was opened on the Friday.
        day = day.DayOfWeek switch { DayOfWeek.Saturday => day.AddDays(-1), DayOfWeek.Sunday => day.AddDays(-2), _ => day };
        if (day < programmeStart) day = programmeStart;
        // 08:00 to 11:00 UTC: mornings at the Western Balkan offices (UTC+1/+2).
        var at = day.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc).AddMinutes(index * 37 % 180);
        // Never in the future, even right after the programme's start: then an hour apart, one per case, up to now.
        var latest = now.AddHours(-(count - index));
        return at < latest ? at : latest;
    }
}
