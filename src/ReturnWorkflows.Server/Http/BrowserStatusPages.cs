namespace ReturnWorkflows.Server.Http;

/// <summary>
/// Error statuses and failures answered by content negotiation: a person's browser asking for a page gets our status
/// page in the site's design (<c>Pages/Status.cshtml</c>), never a problem-details body; API clients (and the
/// browser's own requests for scripts and data, which do not ask for HTML) keep getting problem details.
/// </summary>
internal static class BrowserStatusPages
{
    public const string PathFormat = "/status/{0}";

    public static void UseBrowserStatusPages(this IApplicationBuilder app)
    {
        // Re-executed requests go through the rest of the pipeline again, security headers included.
        app.UseWhen(context => WantsPage(context.Request), page =>
        {
            page.UseExceptionHandler(string.Format(System.Globalization.CultureInfo.InvariantCulture, PathFormat, StatusCodes.Status500InternalServerError));
            page.UseStatusCodePagesWithReExecute(PathFormat);
        });
        app.UseWhen(context => !WantsPage(context.Request), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
    }

    /// <summary>A page request: not an API address, and the client says it reads HTML (browsers do on navigation).</summary>
    public static bool WantsPage(HttpRequest request) =>
        !IsApi(request.Path) && request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    private static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/elsa/api") || path.StartsWithSegments("/health")
        || path.StartsWithSegments("/account/access-token");
}
