using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediatR;
using ReturnWorkflows.Engine.Application.Idempotency;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Engine.Application.Behaviors;

/// <summary>
/// Inside the transaction: a command whose idempotency key was seen before returns the stored answer; a new key
/// is stored with the answer, in the same commit as the command's effects. The unique key means two concurrent
/// first tries cannot both take effect: the loser is retried and then finds the winner's answer.
/// </summary>
public sealed class IdempotencyBehavior<TRequest, TResponse>(IIdempotencyStore store, TimeProvider timeProvider)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IIdempotentCommand { IdempotencyKey: { Length: > 0 } key })
            return await next();

        if (key.Length > MaxKeyLength)
            throw new CommandRejectedException("idempotencyKey", $"An idempotency key has at most {MaxKeyLength} characters.");
        var commandName = typeof(TRequest).Name;
        var requestHash = Hash(request);
        var previous = await store.FindAsync(key, cancellationToken);
        if (previous is not null)
        {
            if (previous.CommandName != commandName || previous.RequestHash != requestHash)
                throw new ConflictException("idempotencyKey", "This idempotency key was already used for a different request.");
            return JsonSerializer.Deserialize<TResponse>(previous.ResponseJson, EngineJson.Options)!;
        }

        var response = await next();
        await store.AddAsync(new IdempotencyRecord
        {
            Key = key,
            CommandName = commandName,
            RequestHash = requestHash,
            ResponseJson = JsonSerializer.Serialize(response, EngineJson.Options),
            CreatedAt = timeProvider.GetUtcNow().UtcDateTime,
        }, cancellationToken);
        return response;
    }

    public const int MaxKeyLength = 200;

    private static string Hash(TRequest request)
    {
        var json = JsonSerializer.SerializeToNode(request, EngineJson.Options) as JsonObject ?? [];
        json.Remove("idempotencyKey");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json.ToJsonString())));
    }
}
