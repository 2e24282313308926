using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Engine.Definitions.Validation;

/// <summary>A definition that cannot be published; each error names the activity (or field) and the problem.</summary>
public sealed class WorkflowValidationException(IReadOnlyList<WorkflowValidationError> errors)
    : CommandFailedException(FailureKind.Invalid, "The workflow cannot be published: " + string.Join(" ", errors.Select(e => e.Message)), Group(errors))
{
    public IReadOnlyList<WorkflowValidationError> ValidationErrors { get; } = errors;

    private static IReadOnlyDictionary<string, string[]> Group(IEnumerable<WorkflowValidationError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
}

/// <summary>
/// One problem in a definition. <see cref="Field"/> is a path into the JSON such as
/// <c>root.activities[cron1].cronExpression</c>; <see cref="ActivityId"/> is set when an activity is at fault.
/// </summary>
public sealed record WorkflowValidationError(string Field, string Message, string? ActivityId = null);
