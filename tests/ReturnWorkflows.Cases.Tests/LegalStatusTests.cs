using ReturnWorkflows.Cases.Model;
using static ReturnWorkflows.Cases.Tests.People;

namespace ReturnWorkflows.Cases.Tests;

/// <summary>The voluntary-departure deadline on the aggregate: set, extended, moved earlier, kept, never dropped silently.</summary>
public sealed class LegalStatusTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    [Fact]
    public void Each_new_deadline_is_a_row_saying_whether_it_set_extended_or_changed_it()
    {
        var household = OpenCase();

        household.RecordLegalStatus(LegalStatusKind.ReturnDecision, " Second instance ", Today.AddDays(30), "26-1/445", Now, "counsellor");
        household.RecordLegalStatus(LegalStatusKind.ReturnDecision, "Second instance", Today.AddDays(30), null, Now, "counsellor");
        household.RecordLegalStatus(LegalStatusKind.ReturnDecision, "Second instance", Today.AddDays(60), "26-1/502", Now, "counsellor");
        household.RecordLegalStatus(LegalStatusKind.Detained, "Detained at Lukavica", Today.AddDays(10), null, Now, "supervisor");

        Assert.Equal([(Today.AddDays(30), DeadlineChange.Set), (Today.AddDays(60), DeadlineChange.Extended), (Today.AddDays(10), DeadlineChange.Changed)],
            household.DepartureDeadlines.Select(d => (d.Deadline, d.Change)));
        Assert.Equal((LegalStatusKind.Detained, Today.AddDays(10)), (household.LegalStatus, household.CurrentDepartureDeadline!.Deadline));
        Assert.Equal(("26-1/445", "26-1/502"), (household.DepartureDeadlines[0].Reference, household.DepartureDeadlines[1].Reference));
        var dropped = Assert.Throws<CaseRuleException>(() => household.RecordLegalStatus(LegalStatusKind.Detained, null, null, null, Now, "supervisor"));
        Assert.Equal("departureDeadline", Assert.Single(dropped.Errors).Key);
    }
}
