using System.Security.Claims;
using MediatR;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Server.Http;

namespace ReturnWorkflows.Server.Cases;

/// <summary>
/// Withdrawal and closure under the case API. One person dropping the return:
/// <c>POST /api/cases/{id}/persons/{personId}/withdrawal</c>. The case's closure: proposed with
/// <c>POST /api/cases/{id}/closure</c>, decided by a programme manager with <c>POST /api/cases/{id}/closure/decision</c>,
/// undone with <c>POST /api/cases/{id}/reopening</c>. Each sends the case's version back, like every section edit.
/// </summary>
internal static class CaseClosureEndpoints
{
    public static void MapCaseClosureEndpoints(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{caseId}/persons/{personId}/withdrawal", async (string caseId, string personId, ClaimsPrincipal user, IMediator mediator,
            HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<WithdrawPersonRequest>(request, ct);
            return await mediator.Send(new WithdrawPerson(user.ToCaseViewer(), caseId, personId, body.Version, body.Reason, body.Note), ct);
        });
        cases.MapPost("/{caseId}/closure", async (string caseId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<ProposeClosureRequest>(request, ct);
            return await mediator.Send(new ProposeClosure(user.ToCaseViewer(), caseId, body.Version, body.Reason, body.Note), ct);
        });
        cases.MapPost("/{caseId}/closure/decision", async (string caseId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<DecideClosureRequest>(request, ct);
            return await mediator.Send(new DecideClosure(user.ToCaseViewer(), caseId, body.Version, body.Approve, body.Note), ct);
        });
        cases.MapPost("/{caseId}/reopening", async (string caseId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<ReopenCaseRequest>(request, ct);
            return await mediator.Send(new ReopenCase(user.ToCaseViewer(), caseId, body.Version, body.Reason), ct);
        });
    }
}

internal sealed record WithdrawPersonRequest(int Version, WithdrawalReason Reason, string? Note);

internal sealed record ProposeClosureRequest(int Version, ClosureReason Reason, string? Note);

/// <param name="Approve">True closes the case; false rejects the proposal and the case goes on.</param>
internal sealed record DecideClosureRequest(int Version, bool Approve, string? Note);

internal sealed record ReopenCaseRequest(int Version, string? Reason);
