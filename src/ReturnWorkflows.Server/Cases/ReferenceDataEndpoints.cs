using System.Security.Claims;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.ReferenceData.Commands;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Cases;

/// <summary>
/// Offices (<c>/api/offices</c>), countries of return (<c>/api/countries</c>) and programmes (<c>/api/programmes</c>):
/// every member of staff reads them; administrators create (POST) and update (PUT) them. The sustainability survey
/// (<c>/api/surveys/current</c>, <c>/api/surveys/{id}/versions</c>) is read likewise; programme managers and
/// administrators publish a new version (<c>POST /api/surveys</c>).
/// </summary>
internal static class ReferenceDataEndpoints
{
    public static void MapReferenceDataEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/offices", (IReferenceDataStore store, CancellationToken ct) => store.OfficesAsync(ct)).RequireApiPolicy(Policies.ViewReferenceData);
        app.MapGet("/api/countries", (IReferenceDataStore store, CancellationToken ct) => store.CountriesAsync(ct)).RequireApiPolicy(Policies.ViewReferenceData);
        app.MapGet("/api/programmes", (IReferenceDataStore store, CancellationToken ct) => store.ProgrammesAsync(ct)).RequireApiPolicy(Policies.ViewReferenceData);
        app.MapGet("/api/surveys/current", async (IReferenceDataStore store, CancellationToken ct) =>
            await store.CurrentSurveyAsync(ct) is { } survey ? Results.Ok(survey) : Results.Problem(statusCode: 404, title: "No sustainability survey is published."))
            .RequireApiPolicy(Policies.ViewReferenceData);
        app.MapGet("/api/surveys/{id}/versions", (string id, IReferenceDataStore store, CancellationToken ct) => store.SurveyVersionsAsync(id, ct))
            .RequireApiPolicy(Policies.ViewReferenceData);
        // A new version of a survey; programme managers and administrators (checked by the command).
        app.MapPost("/api/surveys", async (ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var b = await ApiBody.ReadAsync<SurveyRequest>(request, ct);
            var published = await mediator.Send(new PublishSurvey(user.ToCaseViewer(), b.Id ?? "", b.Title ?? "", b.Questions), ct);
            return Results.Created($"/api/surveys/{published.Id}/versions", published);
        }).RequireApiPolicy(Policies.ViewReferenceData);

        var admin = app.MapGroup("/api").RequireApiPolicy(Policies.AdministerReferenceData);
        admin.MapPost("/offices", (ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
            SaveOfficeAsync(user.ToCaseViewer(), null, mediator, request, ct));
        admin.MapPut("/offices/{code}", (string code, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
            SaveOfficeAsync(user.ToCaseViewer(), code, mediator, request, ct));
        admin.MapPost("/countries", (ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
            SaveCountryAsync(user.ToCaseViewer(), null, mediator, request, ct));
        admin.MapPut("/countries/{code}", (string code, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
            SaveCountryAsync(user.ToCaseViewer(), code, mediator, request, ct));
        admin.MapPost("/programmes", (ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
            SaveProgrammeAsync(user.ToCaseViewer(), null, mediator, request, ct));
        admin.MapPut("/programmes/{id}", (string id, ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
            SaveProgrammeAsync(user.ToCaseViewer(), id, mediator, request, ct));
    }

    private static async Task<IResult> SaveOfficeAsync(CaseViewer viewer, string? routeCode, IMediator mediator, HttpRequest request, CancellationToken ct)
    {
        var body = await ApiBody.ReadAsync<OfficeRequest>(request, ct);
        var code = KeyOf(routeCode, body.Code, "code");
        var saved = await mediator.Send(new SaveOffice(viewer, routeCode is null, code, body.Name, body.Country, body.TimeZone,
            body.HostsMigrants, body.ReceivesReturnees, body.DepartureDeadlineWarningDays), ct);
        return Saved(routeCode, $"/api/offices/{saved.Code}", saved);
    }

    private static async Task<IResult> SaveCountryAsync(CaseViewer viewer, string? routeCode, IMediator mediator, HttpRequest request, CancellationToken ct)
    {
        var body = await ApiBody.ReadAsync<CountryOfReturnRequest>(request, ct);
        var code = KeyOf(routeCode, body.Code, "code");
        var saved = await mediator.Send(new SaveCountryOfReturn(viewer, routeCode is null, code, body.Name, body.LocalName, body.Status,
            body.StatusEffectiveFrom), ct);
        return Saved(routeCode, $"/api/countries/{saved.Code}", saved);
    }

    private static async Task<IResult> SaveProgrammeAsync(CaseViewer viewer, string? routeId, IMediator mediator, HttpRequest request, CancellationToken ct)
    {
        var b = await ApiBody.ReadAsync<ProgrammeRequest>(request, ct);
        var id = KeyOf(routeId, b.Id, "id");
        var saved = await mediator.Send(new SaveProgramme(viewer, routeId is null, id, b.Name, b.Donor, b.Currency, b.StartDate, b.LastIntakeDate,
            b.LastDepartureDate, b.EndDate, b.Offices, b.Managers, b.ReturnsTarget, b.ReintegrationTarget, b.LifecycleWorkflowId,
            b.CapPerPerson, b.CapPerHousehold, b.CapApprovers), ct);
        return Saved(routeId, $"/api/programmes/{saved.Id}", saved);
    }

    /// <summary>On create the key is in the body; on update it is the address, and a different one in the body is refused.</summary>
    private static string KeyOf(string? route, string? body, string field) =>
        route is null ? body ?? throw new CommandRejectedException(field, $"'{field}' is required.")
        : body is null || body == route ? route
        : throw new CommandRejectedException(field, $"The {field} is the address's ('{route}'); it cannot be changed.");

    private static IResult Saved<T>(string? routeKey, string location, T saved) =>
        routeKey is null ? Results.Created(location, saved) : Results.Ok(saved);
}
