namespace ReturnWorkflows.Server.Http;

/// <summary>
/// Headers on every answer: no sniffing, no framing, no referrer beyond our own origin, and one
/// Content-Security-Policy per area, each as tight as that area really works under (the browser tests fail on any
/// <c>securitypolicyviolation</c>).
/// </summary>
internal static class SecurityHeaders
{
    // Our own pages: our scripts and styles only, nothing inline.
    public const string StaffPages =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Elsa Studio: Blazor WebAssembly compiles the .NET runtime ('wasm-unsafe-eval'); MudBlazor, Radzen and the X6
    // canvas set inline styles; Monaco starts workers from blob: URLs and draws with data: images and fonts. The two
    // inline scripts the Studio writes (its code editor's, and the instance list's) are allowed by their hashes
    // (Studio 3.8.2; an upgrade that changes them shows as a violation in the browser tests).
    public const string Designer =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-snlP1jz0gjwc5cTz9ErZcliXuCK63+Mmf68RRCeptgc=' " +
        "'sha256-vu6sQrKXQHR4Yn3FMMihA/9TxxfIXnCxKwvLrTPJ5ts='; " +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors 'none'";

    // The jobs dashboard (Hangfire) writes inline scripts and styles into its pages.
    public const string JobsDashboard =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers.ContentSecurityPolicy = PolicyFor(context.Request.Path);
        return next(context);
    });

    public static string PolicyFor(PathString path) =>
        path.StartsWithSegments("/designer") ? Designer
        : path.StartsWithSegments("/operations/jobs") ? JobsDashboard
        : StaffPages;
}
