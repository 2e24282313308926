using System.Security.Claims;
using MediatR;
using ReturnWorkflows.Cases.Outreach;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Server.Tasks;

namespace ReturnWorkflows.Server.Outreach;

/// <summary>
/// <c>GET /api/information-sessions?office=&amp;from=&amp;to=</c> (newest first) and <c>POST /api/information-sessions</c>
/// (recorded for the caller's office). The handlers decide who records and whose sessions one sees.
/// </summary>
internal static class InformationSessionEndpoints
{
    public static void MapInformationSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/information-sessions").RequireApiPolicy(Policies.Outreach);
        sessions.MapGet("", (ClaimsPrincipal user, IMediator mediator, CancellationToken ct, string? office, string? from, string? to) =>
            mediator.Send(new ListInformationSessions(user.ToCaseViewer(), office, QueryValues.Date(from, "from"), QueryValues.Date(to, "to")), ct));
        sessions.MapPost("", async (ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<RecordInformationSessionRequest>(request, ct);
            var recorded = await mediator.Send(new RecordInformationSession(user.ToCaseViewer(), body.ToReport(),
                user.CompletionKey(request.Headers[TaskEndpoints.IdempotencyHeader].ToString())), ct);
            return Results.Created($"/api/information-sessions?office={recorded.Office}", recorded);
        });
    }
}

/// <summary><c>POST /api/information-sessions</c>: every field is required (a count left out is not taken as 0).</summary>
internal sealed record RecordInformationSessionRequest(
    DateOnly Date, SessionPlaceKind PlaceKind, string PlaceName, string Language, string RanBy, HeadCounts Attendance, int RequestedCounselling)
{
    public SessionReport ToReport() => new(Date, PlaceKind, PlaceName, Language, RanBy, Attendance, RequestedCounselling);
}
