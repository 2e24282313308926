using MediatR;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Runtime.Commands;

namespace ReturnWorkflows.Cases.Application;

/// <summary>
/// After a command changed a case: the steps of that case waiting on a gate the case now meets are released, in the
/// command's transaction (the nested engine command joins it), so their tasks exist when the command returns.
/// </summary>
public sealed class CaseGateRelease(IMediator sender, IReferenceDataStore referenceData)
{
    public async Task<ReturnStatus> CountryStatusAsync(ReturnCase returnCase, CancellationToken cancellationToken) =>
        (await referenceData.FindCountryAsync(returnCase.CountryOfReturn, cancellationToken))?.Status ?? ReturnStatus.Open;

    public async Task ReleaseAsync(ReturnCase returnCase, CancellationToken cancellationToken)
    {
        var unmet = returnCase.UnmetGates(CaseGates.All, await CountryStatusAsync(returnCase, cancellationToken));
        var met = CaseGates.All.Except(unmet, StringComparer.Ordinal).ToList();
        if (met.Count > 0)
            await sender.Send(new ReleaseCaseGates(returnCase.Id, met), cancellationToken);
    }
}
