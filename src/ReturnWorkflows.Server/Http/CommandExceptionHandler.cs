using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Server.Http;

/// <summary>
/// Refused commands and refused requests become RFC 7807 problem details (400, 403, 404, 409, 413, 415) with
/// <c>errors</c> naming each field. Anything else is a 500 whose body says nothing about the internals. Titles and our
/// own messages and the refusals' texts (<see cref="Localization.RefusalWording"/>) are in the request's language; the
/// keys of <c>errors</c> are field names, never translated.
/// </summary>
internal sealed class CommandExceptionHandler(IProblemDetailsService problemDetails, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text,
    Localization.RefusalWording wording) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // Refused inside a command, the texts are translated already (RefusalWordingBehavior); refused by an endpoint
        // itself (a query value, say), here. Translating twice changes nothing.
        if (exception is CommandFailedException raised) wording.Reword(raised);
        var (status, errors) = exception switch
        {
            CommandFailedException failure => (StatusCodeOf(failure.Kind), failure.Errors),
            RequestRefusedException refused => (refused.Status, refused.Errors),
            // Kestrel's own refusals, e.g. a body over its size limit on an endpoint that reads it as it likes.
            BadHttpRequestException bad => (bad.StatusCode, new Dictionary<string, string[]> { ["body"] = [BadRequestMessage(bad, text)] }),
            _ => (0, null),
        };
        if (errors is null)
            return false;

        var problem = new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = status,
            Title = status switch
            {
                StatusCodes.Status404NotFound => text["Not found"],
                StatusCodes.Status409Conflict => text["Conflict"],
                StatusCodes.Status403Forbidden => text["Forbidden"],
                StatusCodes.Status413PayloadTooLarge => text["The request is too large"],
                StatusCodes.Status415UnsupportedMediaType => text["The request's content type is not supported"],
                _ => text["The request is not valid"],
            },
            Detail = exception is BadHttpRequestException b ? BadRequestMessage(b, text) : exception.Message,
        };
        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static string BadRequestMessage(BadHttpRequestException bad, Microsoft.Extensions.Localization.IStringLocalizer text) =>
        bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? text["The body is larger than this server reads."] : text["The request could not be read."];

    /// <summary>The HTTP status of a refusal, for the API's problem details and the pages alike.</summary>
    public static int StatusCodeOf(FailureKind kind) => kind switch
    {
        FailureKind.NotFound => StatusCodes.Status404NotFound,
        FailureKind.Conflict => StatusCodes.Status409Conflict,
        FailureKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };
}
