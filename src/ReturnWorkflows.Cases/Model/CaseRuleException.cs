using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.Model;

/// <summary>A rule of the case refused the change (400, naming the field); nothing of the command is saved.</summary>
public sealed class CaseRuleException(string field, string message)
    : CommandFailedException(FailureKind.Invalid, message, new Dictionary<string, string[]> { [field] = [message] });

/// <summary>The case was saved by someone else since the caller read it (409, naming who and when).</summary>
public sealed class StaleCaseException(string message)
    : CommandFailedException(FailureKind.Conflict, message, new Dictionary<string, string[]> { ["version"] = [message] });
