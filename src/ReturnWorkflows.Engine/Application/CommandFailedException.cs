namespace ReturnWorkflows.Engine.Application;

/// <summary>Why a command was refused; the HTTP layer turns it into a status code.</summary>
public enum FailureKind
{
    /// <summary>The request itself is wrong (400).</summary>
    Invalid,
    /// <summary>What the request names does not exist (404).</summary>
    NotFound,
    /// <summary>The request clashes with the current state or a concurrent change (409).</summary>
    Conflict,
    /// <summary>The caller may not do this (403).</summary>
    Forbidden,
}

/// <summary>
/// A command that was refused. It changed nothing: the transaction behaviour rolls back.
/// <see cref="Errors"/> maps each offending field to what is wrong with it.
/// </summary>
public class CommandFailedException(FailureKind kind, string message, IReadOnlyDictionary<string, string[]> errors) : Exception(message)
{
    public FailureKind Kind { get; } = kind;
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    protected static IReadOnlyDictionary<string, string[]> One(string field, string message) =>
        new Dictionary<string, string[]> { [field] = [message] };
}

public sealed class NotFoundException(string field, string message)
    : CommandFailedException(FailureKind.NotFound, message, One(field, message));

public sealed class CommandRejectedException(string field, string message)
    : CommandFailedException(FailureKind.Invalid, message, One(field, message));

public sealed class ConflictException(string field, string message)
    : CommandFailedException(FailureKind.Conflict, message, One(field, message));

/// <summary>Input that fails its validator; raised by the validation behaviour before anything runs.</summary>
public sealed class CommandValidationException(IReadOnlyDictionary<string, string[]> errors)
    : CommandFailedException(FailureKind.Invalid, "The command is not valid: " + string.Join(" ", errors.SelectMany(e => e.Value)), errors);

public sealed class ForbiddenException(string field, string message)
    : CommandFailedException(FailureKind.Forbidden, message, One(field, message));
