using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Views;
using static ReturnWorkflows.Cases.Tests.People;

namespace ReturnWorkflows.Cases.Tests;

public sealed class CaseAccessTests
{
    private static CaseViewer Viewer(string role, string office = "BA-SJJ") => new("someone", [role], office);

    [Theory]
    [InlineData(Roles.Counsellor, "BA-SJJ", "other", false, true)]
    [InlineData(Roles.Counsellor, "RS-BEG", "other", false, false)]
    [InlineData(Roles.Counsellor, "RS-BEG", "other", true, true)]   // held a task on it
    [InlineData(Roles.Supervisor, "BA-SJJ", "other", false, true)]
    [InlineData(Roles.OperationsOfficer, "RS-BEG", "other", false, false)]
    [InlineData(Roles.ProgrammeManager, "RS-BEG", "mine", false, true)]
    [InlineData(Roles.ProgrammeManager, "BA-SJJ", "other", false, false)] // not by office
    [InlineData(Roles.ProgrammeManager, "BA-SJJ", "other", true, false)]  // nor by task
    [InlineData(Roles.Administrator, "RS-BEG", "other", false, true)]
    [InlineData(Roles.Partner, "BA-SJJ", "mine", true, false)]
    [InlineData(Roles.ReintegrationOfficer, "BA-SJJ", "mine", true, false)]
    public void Need_to_know(string role, string caseOffice, string programme, bool heldTask, bool sees)
    {
        var visibility = CaseAccess.VisibilityFor(Viewer(role), ["mine"]);
        Assert.Equal(sees, visibility.Admits(caseOffice, programme, heldTask));
    }

    [Fact]
    public void Partners_and_unknown_roles_see_nothing_at_all()
    {
        Assert.True(CaseAccess.VisibilityFor(Viewer(Roles.Partner), []).SeesNothing);
        Assert.True(CaseAccess.VisibilityFor(new CaseViewer("x", [], null), []).SeesNothing);
    }

    [Fact]
    public void Sensitive_vulnerabilities_are_absent_for_a_counsellor_and_present_for_protection_and_supervisors()
    {
        var opened = OpenCase();
        opened.RecordVulnerability(opened.Principal.Id, VulnerabilityKind.SuspectedVictimOfTrafficking, "CANARY-1", Now, "counsellor");
        opened.RecordVulnerability(opened.Principal.Id, VulnerabilityKind.OlderPerson, "needs a wheelchair at the airport", Now, "counsellor");

        var counsellor = CaseViews.For(opened, CaseAccess.MaySeeSensitive(Viewer(Roles.Counsellor)));
        var protection = CaseViews.For(opened, CaseAccess.MaySeeSensitive(Viewer(Roles.ProtectionOfficer)));

        Assert.Equal(VulnerabilityKind.OlderPerson, Assert.Single(counsellor.Persons[0].Vulnerabilities).Kind);
        Assert.DoesNotContain(CaseSections.Protection, counsellor.Sections);
        Assert.Equal(2, protection.Persons[0].Vulnerabilities.Count);
        Assert.True(CaseAccess.MaySeeSensitive(Viewer(Roles.Supervisor)));
        Assert.False(CaseAccess.MaySeeSensitive(Viewer(Roles.Administrator)));
    }

    [Fact]
    public void Intake_is_at_ones_own_office_and_a_programme_manager_does_not_edit()
    {
        Assert.True(CaseAccess.MayOpenCaseAt(Viewer(Roles.Counsellor), "BA-SJJ"));
        Assert.False(CaseAccess.MayOpenCaseAt(Viewer(Roles.Counsellor), "RS-BEG"));
        Assert.True(CaseAccess.MayOpenCaseAt(Viewer(Roles.Administrator), "RS-BEG"));
        Assert.False(CaseAccess.MayEdit(Viewer(Roles.ProgrammeManager)));
    }
}
