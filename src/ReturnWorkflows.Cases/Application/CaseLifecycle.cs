using System.Text.Json.Nodes;
using MediatR;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;

namespace ReturnWorkflows.Cases.Application;

/// <summary>
/// The case's workflows as the case commands drive them, in the command's own transaction: the programme's lifecycle
/// started for a case at intake, resumed at the phase that fits when a closed case is reopened, and every unfinished one cancelled
/// (through the engine's cancel, so their tasks and timers go with them) when the case closes.
/// </summary>
public sealed class CaseLifecycle(IMediator mediator, IWorkflowInstanceStore instances, PhaseChain phases)
{
    /// <summary>
    /// The steps whose fact a reopened case may have recorded already, in the order of the lifecycle, each with the
    /// milestone that records it: a reopened case resumes at the phase drawing the first one it has not reached.
    /// </summary>
    private static readonly (string ActivityType, Milestone Milestone)[] Milestoned =
    [
        (Activities.EligibilityApproval.TypeName, Milestone.Eligible),
        (Activities.DepartureConfirmation.TypeName, Milestone.Departed),
        (Activities.ArrivalConfirmation.TypeName, Milestone.Arrived),
        (Activities.PlanApproval.TypeName, Milestone.PlanApproved),
    ];

    /// <summary>Starts the programme's lifecycle workflow for the case; null when the programme names none.</summary>
    public async Task<string?> StartAsync(ReturnCase returnCase, Programme programme, CancellationToken cancellationToken)
    {
        if (programme.LifecycleWorkflowId is not { Length: > 0 } workflow)
            return null;
        // Only the case's id and number go to the workflow: its variables and journal carry no personal data.
        var started = await mediator.Send(new StartWorkflow(workflow, CorrelationId: returnCase.Number, CaseId: returnCase.Id,
            Input: new JsonObject { ["caseId"] = returnCase.Id, ["caseNumber"] = returnCase.Number }), cancellationToken);
        return started.InstanceId;
    }

    /// <summary>
    /// Starts, for a reopened case, the phase that fits what it reached (eligibility approved, departed, arrived, plan
    /// approved): the phase drawing the first of those steps not reached, unless that lies beyond the phase after the
    /// last one reached; past all of them, the phase after the plan's approval (monitoring). Answers the phase started;
    /// null when the programme names none.
    /// </summary>
    public async Task<Phase?> ResumeAsync(ReturnCase returnCase, Programme programme, CancellationToken cancellationToken)
    {
        if (programme.LifecycleWorkflowId is not { Length: > 0 } first)
            return null;
        var chain = await phases.FollowAsync(first, cancellationToken);
        if (chain.Count == 0)
            return null;
        int? IndexOf(string activityType) => chain.Select((p, i) => (p, i)).Where(x => x.p.ActivityTypes.Contains(activityType)).Select(x => (int?)x.i).FirstOrDefault();
        var people = returnCase.Participants.ToList();
        // The last step reached counts (one who arrived was found eligible, whatever was recorded): resume at the phase
        // of the next step not reached, but not beyond the phase after the last one reached (what lies between is the
        // phases' own work, a travel document say); with all reached, the phase after the last.
        var steps = Milestoned.Select(m => (Index: IndexOf(m.ActivityType), Reached: people.Any(p => p.ReachedOn(m.Milestone) is not null)))
            .Where(m => m.Index is not null).Select(m => (Index: m.Index!.Value, m.Reached)).ToList();
        var last = steps.FindLastIndex(m => m.Reached);
        var afterLastDone = last >= 0 ? Math.Min(steps[last].Index + 1, chain.Count - 1) : 0;
        var next = steps.Skip(last + 1).Select(m => (int?)m.Index).FirstOrDefault();
        var resumeAt = next is { } toDo ? Math.Min(toDo, afterLastDone) : afterLastDone;
        var phase = chain[resumeAt];
        await mediator.Send(new StartWorkflow(phase.DefinitionId, CorrelationId: returnCase.Number, CaseId: returnCase.Id,
            Input: new JsonObject { ["caseId"] = returnCase.Id, ["caseNumber"] = returnCase.Number }), cancellationToken);
        return phase;
    }

    /// <summary>Cancels every unfinished workflow of the case; returns how many.</summary>
    public async Task<int> CancelAllAsync(string caseId, CancellationToken cancellationToken)
    {
        var running = await instances.UnfinishedInstanceIdsOfCaseAsync(caseId, cancellationToken);
        foreach (var instanceId in running)
            await mediator.Send(new CancelWorkflow(instanceId), cancellationToken);
        return running.Count;
    }
}
