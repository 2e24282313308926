using ReturnWorkflows.Cases.Access;

namespace ReturnWorkflows.Cases.Outreach;

/// <summary>
/// Who records and who reads information sessions. Counsellors and supervisors run them, for their own office;
/// programme managers and administrators read every office's (the funnel is reported across offices). A session
/// holds no personal data, only counts, so the rule is about whose work it is, not need to know.
/// </summary>
public static class OutreachAccess
{
    public static bool MayRecord(CaseViewer viewer) =>
        viewer.Office is not null && (viewer.Holds(Roles.Counsellor) || viewer.Holds(Roles.Supervisor));

    public static bool SeesAllOffices(CaseViewer viewer) => viewer.Holds(Roles.Administrator) || viewer.Holds(Roles.ProgrammeManager);

    /// <summary>The offices whose sessions the viewer may list: null for all, else their own (none without an office).</summary>
    public static IReadOnlyCollection<string>? OfficesFor(CaseViewer viewer) =>
        SeesAllOffices(viewer) ? null
        : MayRecord(viewer) ? [viewer.Office!]
        : [];
}
