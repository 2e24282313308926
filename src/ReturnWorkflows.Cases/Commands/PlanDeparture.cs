using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Views;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>
/// The day the household is planned to leave (null: not known any more). A travel document must be valid beyond it:
/// the receipt refuses one that expires by then, and this refuses a day after a held document's expiry.
/// </summary>
public sealed record PlanDeparture(CaseViewer Viewer, string CaseId, int Version, DateOnly? PlannedDeparture) : IRequest<CaseSaved>;

public sealed class PlanDepartureHandler(CaseEditing editing) : IRequestHandler<PlanDeparture, CaseSaved>
{
    public Task<CaseSaved> Handle(PlanDeparture command, CancellationToken cancellationToken) =>
        editing.EditAsync(command.Viewer, command.CaseId, command.Version,
            (c, now) => c.PlanDeparture(command.PlannedDeparture, now, command.Viewer.UserName), cancellationToken);
}
