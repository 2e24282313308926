using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Engine.Tests.Tasks;

public class DueDatesTests
{
    private static readonly DateTime Now = new(2027, 1, 31, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("3.00:00:00", "2027-02-03T10:00:00")]
    [InlineData("+3 days", "2027-02-03T10:00:00")]
    [InlineData("+2 weeks", "2027-02-14T10:00:00")]
    [InlineData("+1 month", "2027-02-28T10:00:00")]
    [InlineData("+3 Months", "2027-04-30T10:00:00")]
    [InlineData("+1 year", "2028-01-31T10:00:00")]
    [InlineData("+48 hours", "2027-02-02T10:00:00")]
    [InlineData("2027-03-01T09:00:00Z", "2027-03-01T09:00:00")]
    [InlineData("2027-03-01T09:00:00", "2027-03-01T09:00:00")]
    [InlineData("-2 days", "2027-01-29T10:00:00")]
    [InlineData("+1 working day", "2027-02-01T10:00:00")]
    public void Due_dates_follow_the_calendar(string due, string expected) =>
        Assert.Equal(DateTime.Parse(expected, null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal), DueDates.Resolve(due, Now));

    [Fact]
    public void No_due_means_none() => Assert.Null(DueDates.Resolve("  ", Now));

    [Theory]
    [InlineData("soon")]
    [InlineData("+3 fortnights")]
    public void Anything_else_is_refused(string due) => Assert.Throws<FormatException>(() => DueDates.Resolve(due, Now));
}
