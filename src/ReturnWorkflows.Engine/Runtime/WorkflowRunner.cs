using Microsoft.Extensions.Logging;
using ReturnWorkflows.Engine.Expressions;
using ReturnWorkflows.Engine.Runtime.Execution;
using ReturnWorkflows.Engine.Runtime.State;

namespace ReturnWorkflows.Engine.Runtime;

/// <summary>
/// Runs one burst of an instance in memory: a start, or a bookmark resumed. The instance and its state are updated
/// in place; the result lists the journal, bookmark and incident rows to write. Persistence, locking and the
/// exactly-once guarantee belong to the caller, which commits all of it in one transaction.
/// </summary>
public sealed class WorkflowRunner(ExpressionEvaluator expressions, TimeProvider timeProvider, ILogger<WorkflowRunner> logger, RuntimeOptions? options = null,
    Calendars.OfficeCalendars? calendars = null)
{
    private WorkflowExecution Burst(WorkflowGraph graph, WorkflowInstance instance, InstanceState state, IReadOnlyList<Bookmark> bookmarks,
        CancellationToken cancellationToken, Cases.WorkflowCaseContext? caseContext) =>
        new(graph, instance, state, bookmarks, expressions, timeProvider, logger, options?.DefaultIncidentStrategy,
            calendars ?? Calendars.OfficeCalendars.AllUtc, cancellationToken) { Case = caseContext };

    /// <param name="cancellationToken">The request's token: cancelling it stops a running script; the burst then throws
    /// <see cref="OperationCanceledException"/> and its changes must not be saved.</param>
    public BurstResult Start(WorkflowGraph graph, WorkflowInstance instance, InstanceState state, StartStimulus stimulus,
        CancellationToken cancellationToken = default, Cases.WorkflowCaseContext? caseContext = null) =>
        Burst(graph, instance, state, [], cancellationToken, caseContext).Run(stimulus);

    /// <param name="bookmarks">The instance's current bookmarks, so that canceled activities lose theirs.</param>
    public BurstResult Resume(WorkflowGraph graph, WorkflowInstance instance, InstanceState state, IReadOnlyList<Bookmark> bookmarks, ResumeStimulus stimulus,
        CancellationToken cancellationToken = default, Cases.WorkflowCaseContext? caseContext = null)
    {
        if (instance.Status != WorkflowStatus.Running)
            throw new InvalidOperationException($"Instance {instance.Id} is {instance.SubStatus}; only running instances resume.");
        return Burst(graph, instance, state, bookmarks, cancellationToken, caseContext).Run(stimulus);
    }

    /// <summary>Runs a faulted activity again; the instance goes on from there as if it had not faulted.</summary>
    public BurstResult Retry(WorkflowGraph graph, WorkflowInstance instance, InstanceState state, IReadOnlyList<Bookmark> bookmarks, RetryStimulus stimulus,
        CancellationToken cancellationToken = default, Cases.WorkflowCaseContext? caseContext = null) =>
        Burst(graph, instance, state, bookmarks, cancellationToken, caseContext).Run(stimulus);
}
