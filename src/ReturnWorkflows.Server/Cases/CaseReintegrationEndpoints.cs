using System.Security.Claims;
using MediatR;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Server.Http;

namespace ReturnWorkflows.Server.Cases;

/// <summary>
/// The reintegration plan's items under the case API, for the origin office that accepted the case (and the host
/// office): <c>POST /api/cases/{id}/reintegration/items</c> adds one while the plan is drafted,
/// <c>POST /api/cases/{id}/reintegration/items/{itemId}/removal</c> takes it out, and
/// <c>POST /api/cases/{id}/reintegration/items/{itemId}/delivery</c> records its delivery once the plan is approved
/// (the receipt uploaded first as a document of section <c>HandoverCertificate</c>). The plan is submitted and approved
/// through its tasks. <c>POST /api/cases/{id}/monitoring/surveys</c> records a returnee's answers to the current
/// sustainability survey (baseline or endline). Each sends the case's version back, like every section edit.
/// </summary>
internal static class CaseReintegrationEndpoints
{
    public static void MapCaseReintegrationEndpoints(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{caseId}/reintegration/items", async (string caseId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var b = await ApiBody.ReadAsync<AddReintegrationItemRequest>(request, ct);
            return await mediator.Send(new AddReintegrationItem(user.ToCaseViewer(), caseId, b.Version, b.Kind, b.PersonId, b.Description, b.Amount,
                b.Modality, b.ReferralNeeded, b.Provider), ct);
        });
        cases.MapPost("/{caseId}/reintegration/items/{itemId}/removal", async (string caseId, string itemId, ClaimsPrincipal user, IMediator mediator,
            HttpRequest request, CancellationToken ct) =>
        {
            var b = await ApiBody.ReadAsync<RemoveReintegrationItemRequest>(request, ct);
            return await mediator.Send(new RemoveReintegrationItem(user.ToCaseViewer(), caseId, b.Version, itemId), ct);
        });
        cases.MapPost("/{caseId}/reintegration/items/{itemId}/delivery", async (string caseId, string itemId, ClaimsPrincipal user, IMediator mediator,
            HttpRequest request, CancellationToken ct) =>
        {
            var b = await ApiBody.ReadAsync<RecordDeliveryRequest>(request, ct);
            return await mediator.Send(new RecordReintegrationDelivery(user.ToCaseViewer(), caseId, b.Version, itemId, b.DeliveredOn, b.Note, null,
                b.ReceiptDocumentId), ct);
        });
        cases.MapPost("/{caseId}/monitoring/surveys", async (string caseId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var b = await ApiBody.ReadAsync<SurveyResponseRequest>(request, ct);
            return await mediator.Send(new RecordSurveyResponse(user.ToCaseViewer(), caseId, b.Version, b.Round, b.PersonId, b.AnsweredOn, b.Answers), ct);
        });
    }
}

/// <param name="PersonId">The returnee it is for; none: the household.</param>
internal sealed record AddReintegrationItemRequest(int Version, ReintegrationItemKind Kind, string? PersonId, string Description, decimal? Amount,
    SupportModality Modality, bool ReferralNeeded, string? Provider);

internal sealed record RemoveReintegrationItemRequest(int Version);

internal sealed record RecordDeliveryRequest(int Version, DateOnly? DeliveredOn, string? Note, string? ReceiptDocumentId);

/// <param name="Answers">Question id → the value of the answer chosen, for every question of the current survey.</param>
internal sealed record SurveyResponseRequest(int Version, SurveyRound Round, string? PersonId, DateOnly? AnsweredOn, Dictionary<string, string>? Answers);
