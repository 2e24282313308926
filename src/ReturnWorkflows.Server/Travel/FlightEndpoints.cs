using System.Security.Claims;
using MediatR;
using ReturnWorkflows.Cases.Travel;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Server.Tasks;

namespace ReturnWorkflows.Server.Travel;

/// <summary>
/// Flights for several cases: <c>GET /api/flights/waiting</c> lists the cases the caller may book now (their open
/// flight-booking tasks), <c>POST /api/flights/group-bookings</c> puts several of them on one flight, all or none.
/// Each booking is the case's own flight-booking task completed, with its checks and audit.
/// </summary>
internal static class FlightEndpoints
{
    public static void MapFlightEndpoints(this IEndpointRouteBuilder app)
    {
        var flights = app.MapGroup("/api/flights").RequireApiPolicy(Policies.BookFlights);
        flights.MapGet("/waiting", (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListCasesWaitingForFlight(user.ToTaskActor()), ct));
        flights.MapPost("/group-bookings", async (ClaimsPrincipal user, IMediator mediator, HttpRequest request, CancellationToken ct) =>
        {
            var body = await ApiBody.ReadAsync<GroupBookingRequest>(request, ct);
            var booked = await mediator.Send(new BookGroupFlight(user.ToTaskActor(), body.FlightNumber, body.DepartsOn, body.Route, body.Escort,
                body.GroupReference, body.CaseIds), ct);
            return Results.Created($"/api/flights/group-bookings/{Uri.EscapeDataString(booked.GroupReference)}", booked);
        });
    }
}

internal sealed record GroupBookingRequest(string? FlightNumber, DateOnly? DepartsOn, string? Route, string? Escort, string? GroupReference,
    IReadOnlyList<string>? CaseIds);
