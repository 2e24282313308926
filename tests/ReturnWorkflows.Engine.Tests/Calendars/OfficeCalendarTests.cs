using Microsoft.Extensions.Options;
using ReturnWorkflows.Engine.Calendars;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Engine.Tests.Calendars;

public class OfficeCalendarTests
{
    private static readonly OfficeCalendars Offices = new(new CalendarOptions
    {
        Default = new OfficeCalendarSettings { TimeZone = "Europe/Belgrade" },
        Offices =
        {
            ["BA-SJJ"] = new OfficeCalendarSettings { TimeZone = "Europe/Sarajevo", Holidays = [new DateOnly(2027, 3, 1)] },
            ["PK-ISB"] = new OfficeCalendarSettings { TimeZone = "Asia/Karachi", WorkingDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday] },
        },
    });

    private static DateTime Utc(string text) => DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

    [Theory]
    // Friday 10:00 in Sarajevo (09:00 UTC): the weekend does not count, nor Monday 1 March, a holiday there.
    [InlineData("BA-SJJ", "2027-02-26T09:00:00", "+1 working day", "2027-03-02T09:00:00")]
    [InlineData("BA-SJJ", "2027-02-26T09:00:00", "+3 working days", "2027-03-04T09:00:00")]
    [InlineData("BA-SJJ", "2027-03-02T09:00:00", "-1 working day", "2027-02-26T09:00:00")]
    // From a Sunday, the first working day is Monday.
    [InlineData("BA-SJJ", "2027-02-21T09:00:00", "+1 working day", "2027-02-22T09:00:00")]
    // Islamabad works on Saturdays.
    [InlineData("PK-ISB", "2027-02-26T09:00:00", "+1 working day", "2027-02-27T09:00:00")]
    // Belgrade (the default) has no holiday on 1 March.
    [InlineData("RS-BEG", "2027-02-26T09:00:00", "+1 working day", "2027-03-01T09:00:00")]
    public void Working_days_skip_the_offices_weekends_and_holidays(string office, string from, string offset, string expected) =>
        Assert.Equal(Utc(expected), DueDates.Resolve(offset, Utc(from), Offices.For(office)));

    [Fact]
    public void Calendar_offsets_keep_the_local_time_across_a_clock_change()
    {
        // Sarajevo moves to summer time on 28 March 2027: 10:00 local is 09:00 UTC before and 08:00 UTC after.
        var friday = Utc("2027-03-26T09:00:00");
        Assert.Equal(Utc("2027-03-29T08:00:00"), DueDates.Resolve("+3 days", friday, Offices.For("BA-SJJ")));
        Assert.Equal(Utc("2027-03-29T08:00:00"), DueDates.Resolve("+1 working day", friday, Offices.For("BA-SJJ")));
        // A span is exact time, not wall-clock time.
        Assert.Equal(Utc("2027-03-29T09:00:00"), DueDates.Resolve("3.00:00:00", friday, Offices.For("BA-SJJ")));
    }

    [Fact]
    public void A_date_without_a_zone_is_the_offices_local_time()
    {
        Assert.Equal(Utc("2027-01-15T16:00:00"), DueDates.Resolve("2027-01-15T17:00:00", Utc("2027-01-01T00:00:00"), Offices.For("BA-SJJ")));
        Assert.Equal(Utc("2027-01-15T17:00:00"), DueDates.Resolve("2027-01-15T17:00:00Z", Utc("2027-01-01T00:00:00"), Offices.For("BA-SJJ")));
    }

    [Fact]
    public void Only_days_can_be_working_days() =>
        Assert.Throws<FormatException>(() => DueDates.Resolve("+2 working weeks", Utc("2027-01-01T00:00:00"), Offices.Default));

    [Fact]
    public void An_office_without_settings_takes_the_default_calendar()
    {
        Assert.Equal("Europe/Belgrade", Offices.For("XK-PRN").TimeZone.Id);
        Assert.Equal("Europe/Belgrade", Offices.For(null).TimeZone.Id);
        Assert.Equal(["Europe/Belgrade", "Europe/Sarajevo", "Asia/Karachi"], Offices.TimeZones.Select(z => z.Id));
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_naming_the_setting()
    {
        var bad = new CalendarOptions { Offices = { ["BA-SJJ"] = new OfficeCalendarSettings { TimeZone = "Europe/Atlantis" } } };
        var error = Assert.Throws<OptionsValidationException>(() => new OfficeCalendars(bad));
        Assert.Contains("ReturnWorkflows:Calendars:Offices:BA-SJJ:TimeZone 'Europe/Atlantis'", error.Message);
    }
}
