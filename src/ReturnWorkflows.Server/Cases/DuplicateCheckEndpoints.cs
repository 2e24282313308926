using System.Security.Claims;
using MediatR;
using ReturnWorkflows.Cases.Duplicates;
using ReturnWorkflows.Server.Http;

namespace ReturnWorkflows.Server.Cases;

/// <summary>
/// <c>POST /api/cases/duplicate-check</c>: the intake form asks, while it is being filled, whether someone like this
/// person is known to any office. The answer is only <c>{ possibleMatch, offices: [{ code, name }] }</c>; a post, so the
/// name never sits in an address, a proxy's log or the browser's history.
/// </summary>
internal static class DuplicateCheckEndpoints
{
    public static void MapDuplicateCheckEndpoints(this RouteGroupBuilder cases) =>
        cases.MapPost("/duplicate-check", async (ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<DuplicateCheckRequest>(request, ct);
            return await mediator.Send(new CheckDuplicate(user.ToCaseViewer(), body.GivenNames, body.FamilyName, body.DateOfBirth,
                body.EstimatedBirthYear, body.Nationality, body.CaseId, body.PersonId), ct);
        });
}

/// <summary>The person as typed so far; the check refuses (naming the field) what it cannot compare.</summary>
/// <param name="CaseId">With <paramref name="PersonId"/>, a person already on that case: their own case and those marked "not the same person" are left out.</param>
internal sealed record DuplicateCheckRequest(
    string? GivenNames, string? FamilyName, DateOnly? DateOfBirth, int? EstimatedBirthYear, string? Nationality, string? CaseId = null, string? PersonId = null);
