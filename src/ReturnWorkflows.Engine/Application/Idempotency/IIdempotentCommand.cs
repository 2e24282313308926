namespace ReturnWorkflows.Engine.Application.Idempotency;

/// <summary>
/// A command that takes an idempotency key: a retried request with the same key gets the first answer and
/// changes nothing more.
/// </summary>
public interface IIdempotentCommand
{
    string? IdempotencyKey { get; }
}
