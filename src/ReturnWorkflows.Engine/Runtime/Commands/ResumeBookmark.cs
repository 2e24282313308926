using System.Text.Json.Nodes;
using FluentValidation;
using MediatR;
using ReturnWorkflows.Engine.Application.Idempotency;

namespace ReturnWorkflows.Engine.Runtime.Commands;

/// <summary>Resumes one bookmark, exactly once: a second resume of the same bookmark is refused (404 or 409).</summary>
public sealed record ResumeBookmark(string BookmarkId, JsonObject? Input = null, string? IdempotencyKey = null)
    : IRequest<WorkflowRunResult>, IIdempotentCommand;

public sealed class ResumeBookmarkValidator : AbstractValidator<ResumeBookmark>
{
    public ResumeBookmarkValidator() => RuleFor(c => c.BookmarkId).NotEmpty();
}

public sealed class ResumeBookmarkHandler(InstanceSteps steps) : IRequestHandler<ResumeBookmark, WorkflowRunResult>
{
    public Task<WorkflowRunResult> Handle(ResumeBookmark command, CancellationToken cancellationToken) =>
        steps.ResumeAsync(command.BookmarkId, command.Input, cancellationToken);
}
