using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Server.Pages.Shared;

namespace ReturnWorkflows.Server.Pages;

/// <summary>
/// The page a browser sees for an error status (404, 403, 500, …) instead of a problem-details body; shown by
/// re-execution (<see cref="Http.BrowserStatusPages"/>), so the address and the status stay the failed request's.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken] // re-executes failed POSTs too: their token was already checked or was the failure
public sealed class StatusModel : PageModel
{
    [FromRoute] public int Code { get; set; }

    public StatusMessage Message { get; private set; } = null!;

    public void OnGet() => Show();

    public void OnPost() => Show();

    private void Show()
    {
        Message = For(Code);
        // Asked for directly (/status/404), the page answers with the status it describes.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null
            && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is null)
            Response.StatusCode = Code is >= 400 and <= 599 ? Code : StatusCodes.Status404NotFound;
    }

    public static StatusMessage For(int code) => code switch
    {
        StatusCodes.Status404NotFound => new(code, "Page not found",
            "There is no page at this address. It may have moved, or the link you followed may be mistyped."),
        StatusCodes.Status403Forbidden => new(code, "Not allowed",
            "Your role does not give access to this page. If you need it, ask a programme manager or an administrator."),
        StatusCodes.Status401Unauthorized => new(code, "Sign in first", "This page is for signed-in staff.", "Sign in", "/account/sign-in"),
        StatusCodes.Status429TooManyRequests => new(code, "Too many requests", "Wait a moment, then try again."),
        >= 500 => new(code, "Something went wrong",
            "The server could not finish this request. Nothing you did caused it; try again, and if it keeps happening tell an administrator the time it happened."),
        _ => new(code, "The request could not be served", "The server could not answer this request as it was sent."),
    };
}
