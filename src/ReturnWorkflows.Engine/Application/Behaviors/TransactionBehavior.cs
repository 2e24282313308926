using MediatR;
using Microsoft.Extensions.Logging;

namespace ReturnWorkflows.Engine.Application.Behaviors;

/// <summary>
/// Runs the command in one transaction: all of its changes commit, or none do. When a concurrent writer wins a
/// race the command is retried from a clean slate a few times, then refused with 409.
/// </summary>
public sealed class TransactionBehavior<TRequest, TResponse>(IUnitOfWork unitOfWork, ILogger<TransactionBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    private const int MaxAttempts = 5;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        // Inside another command's transaction: join it; the outermost command owns commit and retries.
        if (unitOfWork.IsActive || request is IQuery)
            return await next();

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = await unitOfWork.BeginAsync(cancellationToken);
                var response = await next();
                await scope.CommitAsync(cancellationToken);
                return response;
            }
            catch (ConcurrencyConflictException e)
            {
                unitOfWork.DiscardChanges();
                if (attempt == MaxAttempts)
                    throw new ConflictException("request", $"The change clashed with a concurrent change {MaxAttempts} times; try again. ({e.Message})");
                logger.LogInformation("{Command} met a concurrent change; retrying (attempt {Attempt})", typeof(TRequest).Name, attempt + 1);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken);
            }
            catch
            {
                unitOfWork.DiscardChanges();
                throw;
            }
        }
    }
}
