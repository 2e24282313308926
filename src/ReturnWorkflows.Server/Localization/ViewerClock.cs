using System.Globalization;
using ReturnWorkflows.Engine.Calendars;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Localization;

/// <summary>
/// A stored time (UTC) as the signed-in person reads it: on their office's clock (its time zone from the calendar
/// settings) and in the format of their language. Pages show times only through this or <see cref="Format"/>.
/// </summary>
public sealed class ViewerClock(OfficeCalendars calendars, IHttpContextAccessor http)
{
    public TimeZoneInfo Zone => calendars.For(http.HttpContext?.User.GetOffice()).TimeZone;

    /// <summary>The short date and time in the current culture, on the viewer's office clock.</summary>
    public string Show(DateTime utc) => Format(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone));

    /// <summary>A time already on an office's clock, in the current culture's short date and time.</summary>
    public static string Format(DateTime local) => local.ToString("g", CultureInfo.CurrentCulture);

    /// <summary>For <c>&lt;time datetime&gt;</c>: machine-readable, culture-free.</summary>
    public static string Machine(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
