using System.Text.Json.Nodes;
using MediatR;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;

namespace ReturnWorkflows.Cases.Application;

/// <summary>
/// The case's workflows as the case commands drive them, in the command's own transaction: the programme's lifecycle
/// started for a case (at intake, and again when a closed case is reopened), and every unfinished one cancelled
/// (through the engine's cancel, so their tasks and timers go with them) when the case closes.
/// </summary>
public sealed class CaseLifecycle(IMediator mediator, IWorkflowInstanceStore instances)
{
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

    /// <summary>Cancels every unfinished workflow of the case; returns how many.</summary>
    public async Task<int> CancelAllAsync(string caseId, CancellationToken cancellationToken)
    {
        var running = await instances.UnfinishedInstanceIdsOfCaseAsync(caseId, cancellationToken);
        foreach (var instanceId in running)
            await mediator.Send(new CancelWorkflow(instanceId), cancellationToken);
        return running.Count;
    }
}
