using System.Security.Claims;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Shell;

/// <summary>
/// A link of the main navigation, shown to those the policy of the page it leads to admits. Links of a
/// <paramref name="Group"/> sit in one menu of that name, so the bar still fits a laptop's width.
/// </summary>
public sealed record NavigationLink(string Label, string Href, string? Policy, string? Group = null);

/// <summary>
/// The main navigation: each link is shown only to a person whose role the linked page's own policy admits, so nobody
/// is offered a page that would refuse them. A new page adds its link here.
/// </summary>
public static class ShellNavigation
{
    public const string AdministrationGroup = "Administration";

    public static readonly IReadOnlyList<NavigationLink> Links =
    [
        new("Home", "/", null),
        new("Inbox", "/inbox", Policies.WorkTasks),
        new("Cases", "/cases", Policies.WorkCases),
        new("Outreach", "/outreach", Policies.RecordOutreach),
        new("Flights", "/flights", Policies.FlightsInBar),
        new("Workflow definitions", "/designer/", Policies.ViewWorkflows),
        new("Workflow instances", "/designer/workflows/instances", Policies.ViewWorkflows),
        new("Users", "/admin/users", Policies.AdministerUsers, AdministrationGroup),
        new("Reference data", "/admin/reference-data", Policies.AdministerReferenceData, AdministrationGroup),
        new("Scheduled jobs", "/operations/jobs", Policies.OperateJobs, AdministrationGroup),
        // The same page; a manager's and an administrator's bar has no room left at a laptop's width.
        new("Information sessions", "/outreach", Policies.ReviewOutreach, AdministrationGroup),
        new("Flights", "/flights", Policies.FlightsInMenu, AdministrationGroup),
        new("Funnel report", "/reports/funnel", Policies.ReadReports, AdministrationGroup),
    ];

    public static IEnumerable<NavigationLink> For(ClaimsPrincipal user) =>
        Links.Where(link => link.Policy is null || Policies.Allows(user, link.Policy));

    /// <summary>The link of the section the path is in (the longest matching one), for <c>aria-current</c>.</summary>
    public static NavigationLink? Current(IEnumerable<NavigationLink> links, string path) =>
        links.Where(link => link.Href == "/" ? path == "/" : path.StartsWith(link.Href.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            .MaxBy(link => link.Href.Length);
}
