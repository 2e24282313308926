namespace ReturnWorkflows.Cases.ReferenceData;

/// <summary>Dates as the office's staff see them: a case opened on New Year's Eve evening in Sarajevo belongs to that year.</summary>
public static class OfficeClock
{
    public static DateOnly Today(Office office, DateTime utcNow) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utcNow, TimeZoneInfo.FindSystemTimeZoneById(office.TimeZone)));
}
