using MediatR;

namespace ReturnWorkflows.Engine.Application.Behaviors;

/// <summary>
/// The outermost behaviour: a refused command leaves the pipeline with its texts in the caller's language, whatever
/// raised it (a validator, the domain, the task engine), so the API and the pages that catch it read the same words.
/// A refusal already reworded by a nested command is left as it is (its texts are no longer English keys).
/// </summary>
public sealed class RefusalWordingBehavior<TRequest, TResponse>(IRefusalWording wording) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (CommandFailedException refused)
        {
            refused.Reword(wording.Word);
            throw;
        }
    }
}
