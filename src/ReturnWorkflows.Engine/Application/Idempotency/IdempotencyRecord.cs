namespace ReturnWorkflows.Engine.Application.Idempotency;

/// <summary>The first answer to an idempotent command, stored in the same transaction as its effects.</summary>
public sealed class IdempotencyRecord
{
    public required string Key { get; init; }
    public required string CommandName { get; init; }

    /// <summary>SHA-256 of the request without its key: the same key with a different request is refused.</summary>
    public required string RequestHash { get; init; }

    public required string ResponseJson { get; init; }
    public required DateTime CreatedAt { get; init; }
}

public interface IIdempotencyStore
{
    Task<IdempotencyRecord?> FindAsync(string key, CancellationToken cancellationToken);
    Task AddAsync(IdempotencyRecord record, CancellationToken cancellationToken);
}
