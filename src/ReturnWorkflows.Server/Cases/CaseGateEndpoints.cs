using System.Security.Claims;
using MediatR;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Server.Http;

namespace ReturnWorkflows.Server.Cases;

/// <summary>
/// The protection and eligibility facts recorded through the API: the same commands the case page uses, each
/// releasing the case's steps that waited for it in its own commit.
/// </summary>
internal static class CaseGateEndpoints
{
    public static void MapCaseGateEndpoints(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{caseId}/protection-screen", async (string caseId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<RecordProtectionScreenRequest>(request, ct);
            return await mediator.Send(new RecordProtectionScreen(user.ToCaseViewer(), caseId, body.Version, body.Indicators, body.Notes), ct);
        });
        cases.MapPost("/{caseId}/persons/{personId}/best-interests-determination", async (string caseId, string personId, ClaimsPrincipal user,
            IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<RecordDeterminationRequest>(request, ct);
            return await mediator.Send(new RecordBestInterestsDetermination(user.ToCaseViewer(), caseId, personId, body.Version, body.Authority, body.DeterminedOn), ct);
        });
        cases.MapPost("/{caseId}/country-clearance", async (string caseId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<RecordCountryClearanceRequest>(request, ct);
            return await mediator.Send(new RecordCountryClearance(user.ToCaseViewer(), caseId, body.Version, body.Note), ct);
        });
        cases.MapPost("/{caseId}/eligibility/proposal", async (string caseId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<ProposeEligibilityRequest>(request, ct);
            return await mediator.Send(new ProposeEligibility(user.ToCaseViewer(), caseId, body.Version, body.Criteria, body.Note), ct);
        });
        cases.MapPost("/{caseId}/eligibility/decision", async (string caseId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<DecideEligibilityRequest>(request, ct);
            return await mediator.Send(new DecideEligibility(user.ToCaseViewer(), caseId, body.Version, body.Approve, body.Note), ct);
        });
    }
}
