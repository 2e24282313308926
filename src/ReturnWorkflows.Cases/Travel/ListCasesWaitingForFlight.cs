using MediatR;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Cases.Travel;

/// <summary>The cases the user may book on a flight now, the most urgent first: what a group booking chooses from.</summary>
public sealed record ListCasesWaitingForFlight(TaskActor Actor) : IRequest<IReadOnlyList<WaitingForFlight>>, IQuery;

public sealed class ListCasesWaitingForFlightHandler(IFlightBookingQueue queue) : IRequestHandler<ListCasesWaitingForFlight, IReadOnlyList<WaitingForFlight>>
{
    public Task<IReadOnlyList<WaitingForFlight>> Handle(ListCasesWaitingForFlight query, CancellationToken cancellationToken) =>
        queue.WaitingAsync(query.Actor, null, cancellationToken);
}
