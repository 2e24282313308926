using System.Text.Json.Nodes;
using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Runtime.Cases;

namespace ReturnWorkflows.Engine.Runtime.Commands;

/// <summary>
/// The case's <paramref name="MetGates"/> are met now: every step of the case waiting on one of them resumes, in the
/// caller's transaction (a nested command joins it), and re-checks: it then makes its task, or waits on its next
/// unmet gate. Sent by the case commands that record facts, so the task exists when their call returns.
/// </summary>
public sealed record ReleaseCaseGates(string CaseId, IReadOnlyList<string> MetGates) : IRequest<IReadOnlyList<WorkflowRunResult>>;

public sealed class ReleaseCaseGatesValidator : AbstractValidator<ReleaseCaseGates>
{
    public ReleaseCaseGatesValidator() => RuleFor(c => c.CaseId).NotEmpty();
}

public sealed class ReleaseCaseGatesHandler(IWorkflowInstanceStore instances, InstanceSteps steps)
    : IRequestHandler<ReleaseCaseGates, IReadOnlyList<WorkflowRunResult>>
{
    public async Task<IReadOnlyList<WorkflowRunResult>> Handle(ReleaseCaseGates command, CancellationToken cancellationToken)
    {
        var waiting = new List<Bookmark>();
        foreach (var gate in command.MetGates.Distinct(StringComparer.Ordinal))
            waiting.AddRange(await instances.FindBookmarksAsync(CaseGateBookmarks.Hash(command.CaseId, gate), null, null, cancellationToken));
        var results = new List<WorkflowRunResult>();
        // In instance order, as event delivery does, so two releases lock instances in one order.
        foreach (var bookmark in waiting.OrderBy(b => b.WorkflowInstanceId, StringComparer.Ordinal).ThenBy(b => b.CreatedAt))
        {
            try
            {
                results.Add(await steps.ResumeAsync(bookmark.Id, new JsonObject(), cancellationToken));
            }
            catch (CommandFailedException e) when (e.Kind is FailureKind.NotFound or FailureKind.Conflict)
            {
                // The step moved on in this loop already (its instance finished or was cancelled): nothing to release.
            }
        }
        return results;
    }
}
