using System.Security.Claims;
using MediatR;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Cases.Views;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Server.Tasks;

namespace ReturnWorkflows.Server.Cases;

/// <summary>
/// The case API (<c>/api/cases</c>). Who sees which case, and which sections, is decided in the case handlers; this
/// maps HTTP onto them. A case the caller may not see answers 404 like one that does not exist.
/// </summary>
internal static class CaseEndpoints
{
    public static void MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").RequireApiPolicy(Policies.WorkCases);
        cases.MapPost("", OpenAsync);
        cases.MapGet("", SearchAsync);
        cases.MapGet("/{caseId}", (string caseId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new GetCase(user.ToCaseViewer(), caseId), ct));
        cases.MapGet("/{caseId}/audit", (string caseId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new GetCaseAudit(user.ToCaseViewer(), caseId), ct));
        cases.MapPut("/{caseId}", async (string caseId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<EditCaseRequest>(request, ct);
            return await mediator.Send(new EditCaseDetails(user.ToCaseViewer(), caseId, body.Version, body.CountryOfReturn), ct);
        });
        cases.MapPut("/{caseId}/planned-departure", async (string caseId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<PlanDepartureRequest>(request, ct);
            return await mediator.Send(new PlanDeparture(user.ToCaseViewer(), caseId, body.Version, body.PlannedDeparture), ct);
        });
        cases.MapPost("/{caseId}/persons", async (string caseId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<AddMemberRequest>(request, ct);
            return await mediator.Send(new AddMember(user.ToCaseViewer(), caseId, body.Version, body.Member), ct);
        });
        cases.MapPost("/{caseId}/milestones", async (string caseId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<RecordMilestoneRequest>(request, ct);
            return await mediator.Send(new RecordMilestone(user.ToCaseViewer(), caseId, body.Version, body.Milestone, body.On, body.PersonIds), ct);
        });
        cases.MapPost("/{caseId}/flags/clearance", async (string caseId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<ClearCaseFlagRequest>(request, ct);
            return await mediator.Send(new ClearCaseFlag(user.ToCaseViewer(), caseId, body.Version, body.Flag), ct);
        });
        cases.MapCaseContactEndpoints();
        cases.MapCaseNoteEndpoints();
        cases.MapCaseClosureEndpoints();
        cases.MapCaseReintegrationEndpoints();
        cases.MapCaseDocumentEndpoints();
        cases.MapCaseGateEndpoints();
        cases.MapCaseLegalStatusEndpoints();
        cases.MapDuplicateCheckEndpoints();
        var person = cases.MapGroup("/{caseId}/persons/{personId}");
        person.MapPut("", async (string caseId, string personId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<EditPersonRequest>(request, ct);
            return await mediator.Send(new EditPerson(user.ToCaseViewer(), caseId, personId, body.Version, body.Details), ct);
        });
        person.MapPost("/consents", async (string caseId, string personId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<RecordConsentRequest>(request, ct);
            return await mediator.Send(new RecordConsent(user.ToCaseViewer(), caseId, personId, body.Version, body.Consent), ct);
        });
        person.MapPost("/vulnerabilities", async (string caseId, string personId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<RecordVulnerabilityRequest>(request, ct);
            return await mediator.Send(new RecordVulnerability(user.ToCaseViewer(), caseId, personId, body.Version, body.Kind, body.Findings), ct);
        });
    }

    private static async Task<IResult> OpenAsync(ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct)
    {
        var body = await ApiBody.ReadAsync<OpenCaseRequest>(request, ct);
        var viewer = user.ToCaseViewer();
        var opened = await mediator.Send(new OpenCase(viewer, body.HostOffice ?? viewer.Office ?? "", body.CountryOfReturn, body.ProgrammeId,
            body.Principal, body.Members, user.CompletionKey(request.Headers[TaskEndpoints.IdempotencyHeader].ToString()), body.IsTest), ct);
        return Results.Created($"/api/cases/{opened.CaseId}", opened);
    }

    private static Task<CaseList> SearchAsync(ClaimsPrincipal user, IMediator mediator, CancellationToken ct,
        string? office, string? country, string? status, string? q, string? page, string? pageSize, string? vulnerability, string? overdue, string? flag,
        string? stage, string? programme) =>
        mediator.Send(new SearchCases(user.ToCaseViewer(), new CaseSearch(office, country, QueryValues.Enum<CaseStatus>(status, "status"), q,
            QueryValues.Int(page, "page") ?? 0, QueryValues.Int(pageSize, "pageSize") ?? 50,
            QueryValues.Enum<VulnerabilityKind>(vulnerability, "vulnerability"), QueryValues.Bool(overdue, "overdue") ?? false,
            QueryValues.Enum<CaseFlag>(flag, "flag"), QueryValues.Enum<CaseStage>(stage, "stage"),
            string.IsNullOrWhiteSpace(programme) ? null : programme.Trim())), ct);
}
