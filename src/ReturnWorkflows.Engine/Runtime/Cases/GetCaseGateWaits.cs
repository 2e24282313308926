using System.Text.Json.Nodes;
using MediatR;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Engine.Runtime.Cases;

/// <summary>The steps of a case waiting on one of <paramref name="Gates"/> (the case page's "Waiting for"). Codes only.</summary>
public sealed record GetCaseGateWaits(string CaseId, IReadOnlyList<string> Gates) : IRequest<IReadOnlyList<CaseGateWait>>, IQuery;

/// <param name="Gate">The gate the step waits on.</param>
/// <param name="WaitingFor">Every gate it found unmet when it began to wait, <paramref name="Gate"/> first.</param>
public sealed record CaseGateWait(string WorkflowInstanceId, string ActivityId, string Gate, IReadOnlyList<string> WaitingFor, DateTime Since);

public sealed class GetCaseGateWaitsHandler(IWorkflowInstanceStore instances) : IRequestHandler<GetCaseGateWaits, IReadOnlyList<CaseGateWait>>
{
    public async Task<IReadOnlyList<CaseGateWait>> Handle(GetCaseGateWaits query, CancellationToken cancellationToken)
    {
        var waits = new List<CaseGateWait>();
        foreach (var gate in query.Gates.Distinct(StringComparer.Ordinal))
        {
            foreach (var bookmark in await instances.FindBookmarksAsync(CaseGateBookmarks.Hash(query.CaseId, gate), null, null, cancellationToken))
            {
                var payload = bookmark.Payload is { } json ? JsonNode.Parse(json) : null;
                var all = payload?[CaseGateBookmarks.WaitingForKey]?.AsArray().Select(g => g?.GetValue<string>()).OfType<string>().ToList() ?? [gate];
                waits.Add(new CaseGateWait(bookmark.WorkflowInstanceId, bookmark.ActivityId, gate, all, bookmark.CreatedAt));
            }
        }
        return waits.OrderBy(w => w.Since).ThenBy(w => w.ActivityId, StringComparer.Ordinal).ToList();
    }
}
