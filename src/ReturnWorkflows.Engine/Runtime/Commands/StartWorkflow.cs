using System.Text.Json.Nodes;
using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Application.Idempotency;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Runtime.State;

namespace ReturnWorkflows.Engine.Runtime.Commands;

/// <summary>Starts an instance of a definition (its published version unless told otherwise) and runs it to its first wait.</summary>
public sealed record StartWorkflow(
    string DefinitionId,
    VersionOptions? VersionOptions = null,
    string? CorrelationId = null,
    JsonObject? Input = null,
    string? TriggerActivityId = null,
    JoinAlgorithm? JoinAlgorithm = null,
    bool IsTestRun = false,
    string? IdempotencyKey = null,
    string? TestRunBy = null,
    string? CaseId = null) : IRequest<WorkflowRunResult>, IIdempotentCommand;

public sealed class StartWorkflowValidator : AbstractValidator<StartWorkflow>
{
    public StartWorkflowValidator()
    {
        RuleFor(c => c.DefinitionId).NotEmpty();
        RuleFor(c => c.CorrelationId).MaximumLength(200);
        RuleFor(c => c.CaseId).MaximumLength(100);
    }
}

public sealed class StartWorkflowHandler(InstanceSteps steps) : IRequestHandler<StartWorkflow, WorkflowRunResult>
{
    public Task<WorkflowRunResult> Handle(StartWorkflow command, CancellationToken cancellationToken) =>
        steps.StartAsync(command.DefinitionId, command.VersionOptions ?? VersionOptions.Published, command.CorrelationId, command.Input,
            command.TriggerActivityId, command.JoinAlgorithm, command.IsTestRun, cancellationToken, command.TestRunBy, command.CaseId);
}
