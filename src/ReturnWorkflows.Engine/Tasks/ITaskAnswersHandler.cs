using System.Text.Json.Nodes;

namespace ReturnWorkflows.Engine.Tasks;

/// <summary>
/// Applies a completed task's answers for one activity type (a module's: the case domain records them on the case).
/// <see cref="Commands.CompleteHumanTask"/> calls it after its own checks (who may complete, which outcome, the form's
/// shape) and before the workflow resumes, in the same unit of work: a refusal it throws (a
/// <see cref="Application.CommandFailedException"/>) rolls the task, the answers and the resumption back together.
/// The answers then stay off the task row and out of the workflow: only what it returns reaches the activity.
/// </summary>
public interface ITaskAnswersHandler
{
    /// <summary>The activity type it answers for (<c>ReturnWorkflows.Cases.IntakeReview</c>).</summary>
    string ActivityType { get; }

    /// <returns>Steering values (a few booleans or codes, never personal data) that become the activity's outputs.</returns>
    Task<JsonObject?> ApplyAsync(TaskAnswers answers, CancellationToken cancellationToken);
}

/// <param name="CaseId">The case of the task's instance; null for a designer's test run without a case.</param>
public sealed record TaskAnswers(HumanTask Task, string? CaseId, TaskActor Actor, string Outcome, JsonObject? Form);
