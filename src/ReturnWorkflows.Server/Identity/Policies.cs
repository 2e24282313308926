using Microsoft.AspNetCore.Authorization;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Infrastructure.Identity;

namespace ReturnWorkflows.Server.Identity;

/// <summary>Who may do what. Every endpoint names one of these (a test walks them all) or is explicitly anonymous.</summary>
public static class Policies
{
    /// <summary>Open the designer, read definitions and instances.</summary>
    public const string ViewWorkflows = nameof(ViewWorkflows);
    /// <summary>Edit, publish, retract, delete and test-run definitions.</summary>
    public const string DesignWorkflows = nameof(DesignWorkflows);
    /// <summary>Cancel or delete instances, retry faults, look at schedules and the outbox.</summary>
    public const string OperateWorkflows = nameof(OperateWorkflows);
    /// <summary>
    /// Open Hangfire's dashboard (<c>/operations/jobs</c>) and retry or delete jobs there; proven by the sign-in cookie
    /// only, since the dashboard is a page with forms, not an API.
    /// </summary>
    public const string OperateJobs = nameof(OperateJobs);
    /// <summary>See and work tasks (the engine then checks role, office and assignee per task).</summary>
    public const string WorkTasks = nameof(WorkTasks);
    /// <summary>
    /// Call the case API. Every staff role: the case handlers decide which cases and sections each may see, and answer
    /// 404 for the rest, so the policy must not answer 403 first (that alone would tell the case exists).
    /// </summary>
    public const string WorkCases = nameof(WorkCases);
    /// <summary>Read offices, countries of return and programmes.</summary>
    public const string ViewReferenceData = nameof(ViewReferenceData);
    /// <summary>Create and change offices, countries of return and programmes.</summary>
    public const string AdministerReferenceData = nameof(AdministerReferenceData);
    /// <summary>Create, change and deactivate users (<c>/api/users</c>).</summary>
    public const string AdministerUsers = nameof(AdministerUsers);
    /// <summary>Information sessions (<c>/outreach</c>): counsellors and supervisors record their office's, managers and administrators read all.</summary>
    public const string Outreach = nameof(Outreach);
    /// <summary>Navigation only: those who run sessions get Outreach in the bar; managers and administrators, whose bar is full, in the Administration menu.</summary>
    public const string RecordOutreach = nameof(RecordOutreach);
    public const string ReviewOutreach = nameof(ReviewOutreach);
    /// <summary>The programme's reports (the funnel): who answers for an office's or a programme's work.</summary>
    public const string ReadReports = nameof(ReadReports);
    /// <summary>Book several cases on one flight (<c>/flights</c>): who books flights for an office.</summary>
    public const string BookFlights = nameof(BookFlights);
    /// <summary>Navigation only: operations officers get Flights in the bar; supervisors, whose bar is full, in the Administration menu.</summary>
    public const string FlightsInBar = nameof(FlightsInBar);
    public const string FlightsInMenu = nameof(FlightsInMenu);
    /// <summary>Any signed-in person (our own pages' navigation, sign-out, token refresh).</summary>
    public const string SignedIn = nameof(SignedIn);

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [ViewWorkflows] = [Roles.Administrator, Roles.ProgrammeManager, Roles.Supervisor],
        [DesignWorkflows] = [Roles.Administrator, Roles.ProgrammeManager],
        [OperateWorkflows] = [Roles.Administrator, Roles.ProgrammeManager],
        [OperateJobs] = [Roles.Administrator, Roles.ProgrammeManager],
        [WorkTasks] = [Roles.Administrator, Roles.ProgrammeManager, Roles.Supervisor, Roles.Counsellor, Roles.OperationsOfficer,
            Roles.ReintegrationOfficer, Roles.ProtectionOfficer, Roles.Partner],
        [WorkCases] = [.. Roles.All],
        [ViewReferenceData] = [.. Roles.All],
        [AdministerReferenceData] = [Roles.Administrator],
        [AdministerUsers] = [Roles.Administrator],
        [Outreach] = [Roles.Administrator, Roles.ProgrammeManager, Roles.Supervisor, Roles.Counsellor],
        [RecordOutreach] = [Roles.Supervisor, Roles.Counsellor],
        [ReviewOutreach] = [Roles.Administrator, Roles.ProgrammeManager],
        [ReadReports] = [Roles.Administrator, Roles.ProgrammeManager, Roles.Supervisor],
        [BookFlights] = [Roles.OperationsOfficer, Roles.Supervisor],
        [FlightsInBar] = [Roles.OperationsOfficer],
        [FlightsInMenu] = [Roles.Supervisor],
    };

    /// <summary>Whether the user holds a role the role-based <paramref name="policy"/> admits (for links and page controls).</summary>
    public static bool Allows(System.Security.Claims.ClaimsPrincipal user, string policy) => RolesByPolicy[policy].Any(user.IsInRole);

    public static void Add(AuthorizationOptions options)
    {
        foreach (var (policy, roles) in RolesByPolicy)
            options.AddPolicy(policy, p =>
            {
                // The dashboard is mapped by Hangfire with only a policy name, so the policy itself names the scheme.
                if (policy == OperateJobs) p.AddAuthenticationSchemes(AuthSchemes.Cookie);
                p.RequireAuthenticatedUser().RequireRole(roles);
            });
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        // Anything mapped without a policy still needs a signed-in caller; the endpoint test demands explicit ones.
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }
}
