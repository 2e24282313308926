using Hangfire;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Operations;

/// <summary>
/// Hangfire's dashboard at <c>/operations/jobs</c>: what is scheduled, running, failed; retry and delete. Behind the
/// cookie-only <see cref="Policies.OperateJobs"/> policy (its forms are posted by the browser, so an API key or a bearer
/// token must not open it), with Hangfire's own anti-forgery check on every post.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/operations/jobs";

    public static void MapJobsDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboardWithAuthorizationPolicy(Policies.OperateJobs, Path, new DashboardOptions
        {
            DashboardTitle = "ReturnWorkflows · scheduled jobs",
            AppPath = "/",
            // The connection string names the database host: not for a page.
            DisplayStorageConnectionString = false,
        });
}
