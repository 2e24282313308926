using System.Security.Claims;
using MediatR;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Tasks;

namespace ReturnWorkflows.Server.Cases;

/// <summary>
/// Notes and the timeline under the case API: <c>GET /api/cases/{id}/notes</c>, <c>POST /api/cases/{id}/notes</c>
/// and <c>GET /api/cases/{id}/timeline</c> (newest first). Mapped into the case group, so under its policy; the
/// handlers decide who sees and who writes (a case the caller may not see is a 404).
/// </summary>
internal static class CaseNoteEndpoints
{
    public static void MapCaseNoteEndpoints(this RouteGroupBuilder cases)
    {
        cases.MapGet("/{caseId}/notes", (string caseId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new GetCaseNotes(user.ToCaseViewer(), caseId), ct));
        cases.MapPost("/{caseId}/notes", async (string caseId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<WriteNoteRequest>(request, ct);
            var written = await mediator.Send(new WriteCaseNote(user.ToCaseViewer(), caseId, body.Text,
                user.CompletionKey(request.Headers[TaskEndpoints.IdempotencyHeader].ToString())), ct);
            return Results.Created($"/api/cases/{written.CaseId}/notes", written);
        });
        cases.MapGet("/{caseId}/timeline", (string caseId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new GetCaseTimeline(user.ToCaseViewer(), caseId), ct));
    }
}

/// <summary><c>POST /api/cases/{id}/notes</c>: a note by the caller.</summary>
internal sealed record WriteNoteRequest(string Text);
