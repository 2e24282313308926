using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Designer;

/// <summary>
/// Serves the Studio bundle under <c>/designer/</c> to users allowed to view workflows. The package ships .br and
/// .gz copies of its files: the matching one is sent with Content-Encoding, so nothing is compressed per request.
/// </summary>
internal static partial class DesignerFiles
{
    public static void UseDesignerFiles(this WebApplication app)
    {
        var bundle = app.Services.GetRequiredService<DesignerBundle>();
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".wasm"] = "application/wasm";
        types.Mappings[".dat"] = "application/octet-stream";
        types.Mappings[".blat"] = "application/octet-stream";
        types.Mappings[".webmanifest"] = "application/manifest+json";
        // Precompressed copies: served under their original type (below), never on their own.
        types.Mappings[".br"] = "application/octet-stream";
        types.Mappings[".gz"] = "application/octet-stream";

        app.UseWhen(context => context.Request.Path.StartsWithSegments(DesignerBundle.RequestPath) && context.GetEndpoint() is null, branch =>
        {
            branch.Use(async (context, next) =>
            {
                var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
                if (!(await authorization.AuthorizeAsync(context.User, Policies.ViewWorkflows)).Succeeded)
                {
                    context.Response.StatusCode = context.User.Identity?.IsAuthenticated == true ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
                    return;
                }
                ChoosePrecompressed(context, bundle, types);
                await next();
            });
            branch.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = bundle.Files,
                RequestPath = DesignerBundle.RequestPath,
                ContentTypeProvider = types,
                OnPrepareResponse = file =>
                {
                    // A fingerprinted file never changes under its name; anything else (dotnet.js, blazor.webassembly.js,
                    // _content scripts) is revalidated by ETag, or a cached copy would outlive an upgrade of the Studio.
                    file.Context.Response.Headers.CacheControl = IsFingerprinted(file.Context.Request.Path.Value ?? "")
                        ? "private, max-age=604800, immutable" : "private, no-cache";
                },
            });
        });
    }

    /// <summary>Blazor's build names content-addressed files <c>name.{10 lower-case letters or digits}.ext</c>.</summary>
    private static bool IsFingerprinted(string path) => Fingerprint().IsMatch(path);

    [GeneratedRegex(@"\.[a-z0-9]{10}\.(wasm|dat|js)(\.br|\.gz)?$")]
    private static partial Regex Fingerprint();

    private static void ChoosePrecompressed(HttpContext context, DesignerBundle bundle, FileExtensionContentTypeProvider types)
    {
        var path = context.Request.Path.Value!;
        var relative = path[DesignerBundle.RequestPath.Length..];
        if (relative.EndsWith(".br", StringComparison.Ordinal) || relative.EndsWith(".gz", StringComparison.Ordinal)) return;
        if (!types.TryGetContentType(relative, out var contentType)) return;
        var accepted = context.Request.Headers.AcceptEncoding.ToString();
        foreach (var (encoding, suffix) in new[] { ("br", ".br"), ("gzip", ".gz") })
        {
            if (!accepted.Contains(encoding, StringComparison.OrdinalIgnoreCase) || !bundle.Files.GetFileInfo(relative + suffix).Exists) continue;
            context.Request.Path = path + suffix;
            context.Response.Headers.ContentEncoding = encoding;
            context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
            // The static file middleware would label foo.wasm.br by its last extension; keep the real type.
            context.Response.OnStarting(() =>
            {
                context.Response.ContentType = contentType;
                return Task.CompletedTask;
            });
            return;
        }
    }
}
