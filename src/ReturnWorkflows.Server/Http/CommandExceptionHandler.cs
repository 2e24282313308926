using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Server.Http;

/// <summary>
/// Refused commands become RFC 7807 problem details: 400, 404 or 409, with <c>errors</c> naming each field.
/// Anything else is a 500 whose body says nothing about the internals.
/// </summary>
internal sealed class CommandExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not CommandFailedException failure)
            return false;

        var status = StatusCodeOf(failure.Kind);
        var problem = new ValidationProblemDetails(failure.Errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = status,
            Title = failure.Kind switch
            {
                FailureKind.NotFound => "Not found",
                FailureKind.Conflict => "Conflict",
                FailureKind.Forbidden => "Forbidden",
                _ => "The request is not valid",
            },
            Detail = failure.Message,
        };
        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The HTTP status of a refusal, for the API's problem details and the pages alike.</summary>
    public static int StatusCodeOf(FailureKind kind) => kind switch
    {
        FailureKind.NotFound => StatusCodes.Status404NotFound,
        FailureKind.Conflict => StatusCodes.Status409Conflict,
        FailureKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };
}
