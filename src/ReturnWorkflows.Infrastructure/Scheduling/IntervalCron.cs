using System.Globalization;

namespace ReturnWorkflows.Infrastructure.Scheduling;

/// <summary>
/// Turns an interval setting into the cron expression of a Hangfire recurring job (six fields, seconds first, when it
/// is under a minute). Only intervals that divide the next larger unit evenly have one: "every 7 s" in cron would fire
/// at :56 and again at :00.
/// </summary>
public static class IntervalCron
{
    public static bool TryConvert(TimeSpan interval, out string cron)
    {
        cron = interval switch
        {
            { Ticks: var t } when t % TimeSpan.TicksPerSecond != 0 => "",
            { TotalSeconds: >= 1 and < 60 and var s } when 60 % (int)s == 0 => Invariant($"*/{(int)s} * * * * *"),
            { Seconds: 0, TotalMinutes: >= 1 and < 60 and var m } when m % 1 == 0 && 60 % (int)m == 0 => Invariant($"0 */{(int)m} * * * *"),
            { Minutes: 0, Seconds: 0, TotalHours: >= 1 and < 24 and var h } when h % 1 == 0 && 24 % (int)h == 0 => Invariant($"0 0 */{(int)h} * * *"),
            _ when interval == TimeSpan.FromDays(1) => "0 0 0 * * *",
            _ => "",
        };
        return cron.Length > 0;
    }

    public static string From(TimeSpan interval) =>
        TryConvert(interval, out var cron) ? cron : throw new ArgumentOutOfRangeException(nameof(interval), interval, "The interval does not divide a minute, an hour or a day evenly.");

    /// <summary>The digest's daily cron at a local time of day (whole minutes).</summary>
    public static string DailyAt(TimeSpan timeOfDay) => Invariant($"{timeOfDay.Minutes} {timeOfDay.Hours} * * *");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
