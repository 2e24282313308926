using System.Security.Claims;
using MediatR;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Server.Http;

namespace ReturnWorkflows.Server.Cases;

/// <summary>
/// <c>POST /api/cases/{id}/legal-status</c>: the household's legal status in the host country and the
/// voluntary-departure deadline the host country set (a later day than the one in force is an extension). Host office.
/// </summary>
internal static class CaseLegalStatusEndpoints
{
    public static void MapCaseLegalStatusEndpoints(this RouteGroupBuilder cases) =>
        cases.MapPost("/{caseId}/legal-status", async (string caseId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var b = await ApiBody.ReadAsync<LegalStatusRequest>(request, ct);
            return await mediator.Send(new RecordLegalStatus(user.ToCaseViewer(), caseId, b.Version, b.Status, b.Note, b.DepartureDeadline, b.DeadlineReference), ct);
        });
}

internal sealed record LegalStatusRequest(int Version, LegalStatusKind Status, string? Note, DateOnly? DepartureDeadline, string? DeadlineReference);
