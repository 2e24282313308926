using System.Security.Claims;
using MediatR;
using ReturnWorkflows.Cases.Reports;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Reports;

/// <summary>
/// <c>GET /api/reports/funnel?from=&amp;to=&amp;office=&amp;programme=</c>: the funnel's numbers as the report page shows
/// them, <c>{ from, to, office, programmeId, stages: [{ stage, unit, count }] }</c>. The handler decides whose cases count.
/// </summary>
internal static class FunnelEndpoints
{
    public static void MapFunnelEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/reports").RequireApiPolicy(Policies.ReadReports)
            .MapGet("/funnel", (ClaimsPrincipal user, IMediator mediator, CancellationToken ct, string? from, string? to, string? office, string? programme) =>
                mediator.Send(new GetFunnel(user.ToCaseViewer(), QueryValues.Date(from, "from") ?? default, QueryValues.Date(to, "to") ?? default,
                    office, programme), ct));
}
