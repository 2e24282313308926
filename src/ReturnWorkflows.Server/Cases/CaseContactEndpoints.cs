using System.Security.Claims;
using MediatR;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Contacts;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Tasks;

namespace ReturnWorkflows.Server.Cases;

/// <summary>
/// The contact log under the case API: <c>GET /api/cases/{id}/contacts</c> (newest first) and
/// <c>POST /api/cases/{id}/persons/{personId}/contacts</c>. Mapped into the case group, so under its policy; the
/// handlers decide who sees and who logs (a case the caller may not see is a 404).
/// </summary>
internal static class CaseContactEndpoints
{
    public static void MapCaseContactEndpoints(this RouteGroupBuilder cases)
    {
        cases.MapGet("/{caseId}/contacts", (string caseId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new GetCaseContacts(user.ToCaseViewer(), caseId), ct));
        cases.MapPost("/{caseId}/persons/{personId}/contacts", async (string caseId, string personId, ClaimsPrincipal user, IMediator mediator,
            HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<LogContactRequest>(request, ct);
            var logged = await mediator.Send(new LogContact(user.ToCaseViewer(), caseId, personId,
                new ContactAttempt(body.ContactedAt.UtcDateTime, body.Channel, body.Reached, body.Note),
                user.CompletionKey(request.Headers[TaskEndpoints.IdempotencyHeader].ToString())), ct);
            return Results.Created($"/api/cases/{logged.CaseId}/contacts", logged);
        });
    }
}

/// <summary><c>POST /api/cases/{id}/persons/{personId}/contacts</c>: a visit, call or message, made by the caller.</summary>
/// <param name="ContactedAt">When it was made or tried, with its offset (<c>2026-12-01T10:30:00Z</c>); stored in UTC.</param>
internal sealed record LogContactRequest(DateTimeOffset ContactedAt, ContactChannel Channel, bool Reached, string? Note);
