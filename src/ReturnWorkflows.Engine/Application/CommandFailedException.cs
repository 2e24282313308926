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
/// <see cref="Errors"/> maps each offending field to what is wrong with it. The texts are written in English where the
/// refusal is raised; <see cref="Reword"/> puts them in the caller's language (<see cref="IRefusalWording"/>), the
/// field names never change.
/// </summary>
public class CommandFailedException(FailureKind kind, string message, IReadOnlyDictionary<string, string[]> errors) : Exception(message)
{
    private string _message = message;

    public FailureKind Kind { get; } = kind;
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = errors;

    public override string Message => _message;

    /// <summary>
    /// Rewrites the message and every error's text through <paramref name="word"/>, in place, so whoever catches the
    /// refusal by its type (<see cref="NotFoundException"/>, say) reads it in the caller's language.
    /// </summary>
    public void Reword(Func<string, string> word)
    {
        Errors = Errors.ToDictionary(e => e.Key, e => e.Value.Select(word).ToArray());
        _message = RewordedMessage(word);
    }

    protected virtual string RewordedMessage(Func<string, string> word) => word(_message);

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
    : CommandFailedException(FailureKind.Invalid, Join(errors), errors)
{
    private const string Lead = "The command is not valid:";

    private static string Join(IReadOnlyDictionary<string, string[]> errors) => Lead + " " + string.Join(" ", errors.SelectMany(e => e.Value));

    // The field texts are already reworded when this runs: only the lead is left to word.
    protected override string RewordedMessage(Func<string, string> word) => word(Lead) + " " + string.Join(" ", Errors.SelectMany(e => e.Value));
}

public sealed class ForbiddenException(string field, string message)
    : CommandFailedException(FailureKind.Forbidden, message, One(field, message));
