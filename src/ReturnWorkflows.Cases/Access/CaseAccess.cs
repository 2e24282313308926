namespace ReturnWorkflows.Cases.Access;

/// <summary>
/// Need to know (domain.md, data protection). Pure rules over the viewer's roles and office; the handlers apply them,
/// so no page or endpoint can forget them. A case the viewer may not see does not exist for them (404): that a case
/// exists is itself sensitive.
/// </summary>
public static class CaseAccess
{
    /// <summary>The roles that work an office's cases: they see their office's, and those they hold or held a task on.</summary>
    private static readonly string[] OfficeRoles = [Roles.Counsellor, Roles.Supervisor, Roles.OperationsOfficer, Roles.ProtectionOfficer];

    /// <summary>Who may record and change case data (a programme manager looks, approves and reports; they do not edit).</summary>
    private static readonly string[] EditingRoles = [Roles.Administrator, .. OfficeRoles];

    /// <summary>The roles of an origin office that see the cases returning to its country once the transfer consent exists.</summary>
    private static readonly string[] OriginRoles = [Roles.ReintegrationOfficer, Roles.Supervisor];

    /// <param name="managedProgrammes">The programmes the viewer manages (used when they are a programme manager).</param>
    /// <param name="originCountry">
    /// The country of the viewer's office when that office receives returnees (null otherwise): its reintegration officers
    /// and supervisors see the cases returning there whose transfer consent exists.
    /// </param>
    public static CaseVisibility VisibilityFor(CaseViewer viewer, IReadOnlyList<string> managedProgrammes, string? originCountry = null)
    {
        if (viewer.Holds(Roles.Administrator)) return new CaseVisibility(true, [], [], null);
        var worksOffice = OfficeRoles.Any(viewer.Holds);
        var offices = worksOffice && viewer.Office is { } office ? new[] { office } : [];
        var programmes = viewer.Holds(Roles.ProgrammeManager) ? managedProgrammes : [];
        var origins = originCountry is not null && OriginRoles.Any(viewer.Holds) ? new[] { originCountry } : [];
        return new CaseVisibility(false, offices, programmes, worksOffice ? viewer.UserName : null, origins);
    }

    /// <summary>Whether the viewer may ask which offices receive returnees (only the origin roles need their office's country).</summary>
    public static bool MaySeeAsOrigin(CaseViewer viewer) => OriginRoles.Any(viewer.Holds) && viewer.Office is not null;

    /// <summary>Trafficking, medical and child-protection findings: protection officers and supervisors only.</summary>
    public static bool MaySeeSensitive(CaseViewer viewer) => viewer.Holds(Roles.ProtectionOfficer) || viewer.Holds(Roles.Supervisor);

    /// <summary>
    /// Whether the viewer may change a case they can see. Recording a sensitive vulnerability is allowed to whoever edits
    /// (the counsellor does the rapid screen at intake) even when they cannot read it back.
    /// </summary>
    public static bool MayEdit(CaseViewer viewer) => EditingRoles.Any(viewer.Holds);

    /// <summary>The reintegration plan and its delivery: whoever edits the case, and the origin office's reintegration officers.</summary>
    public static bool MayEditReintegration(CaseViewer viewer) => MayEdit(viewer) || viewer.Holds(Roles.ReintegrationOfficer);

    /// <summary>A practice case for a designer's test run: whoever may design workflows (programme managers, administrators).</summary>
    public static bool MayOpenPracticeCase(CaseViewer viewer) => viewer.Holds(Roles.Administrator) || viewer.Holds(Roles.ProgrammeManager);

    /// <summary>Intake: an editing role, at the viewer's own office (an administrator anywhere).</summary>
    public static bool MayOpenCaseAt(CaseViewer viewer, string hostOffice) =>
        viewer.Holds(Roles.Administrator) || (MayEdit(viewer) && viewer.Office == hostOffice);

    /// <summary>Clearing a flag (the country's status changed): the case's office's supervisors, and administrators.</summary>
    public static bool MayClearFlags(CaseViewer viewer) => viewer.Holds(Roles.Administrator) || viewer.Holds(Roles.Supervisor);

    /// <summary>The audit trail of a case: its office's supervisors and administrators.</summary>
    public static bool MayReadAudit(CaseViewer viewer) => viewer.Holds(Roles.Administrator) || viewer.Holds(Roles.Supervisor);
}
