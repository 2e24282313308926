using Microsoft.Extensions.FileProviders;
using ReturnWorkflows.Server.Configuration;

namespace ReturnWorkflows.Server.DesignSystem;

/// <summary>
/// Serves Bootstrap's compiled files (npm <c>bootstrap</c>, pinned in <c>DesignSystem/package.json</c>) under
/// <c>/lib/bootstrap/</c> from the install the build made: our own origin, no CDN, nothing copied into wwwroot.
/// </summary>
internal static class BootstrapFiles
{
    public const string RequestPath = "/lib/bootstrap";
    public const string Stylesheet = RequestPath + "/css/bootstrap.min.css";
    /// <summary>With Popper inside, for dropdowns; no other script is needed.</summary>
    public const string Script = RequestPath + "/js/bootstrap.bundle.min.js";

    public static void UseBootstrapFiles(this WebApplication app)
    {
        var folder = NpmPackageFolder.Find(app.Environment, Path.Combine("DesignSystem", "node_modules", "bootstrap", "dist"),
            "bootstrap", Path.Combine("css", "bootstrap.min.css"));
        if (folder is null)
        {
            // The pages still work unstyled; the log says why they look like it.
            app.Logger.LogWarning("Bootstrap is not installed: build the server with npm available (it runs npm ci in DesignSystem).");
            return;
        }
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = RequestPath,
            // The URL carries no version: a browser revalidates by ETag, so an upgrade of the package is seen at once.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, no-cache",
        });
    }
}
