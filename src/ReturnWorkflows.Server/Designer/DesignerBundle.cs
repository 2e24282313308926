using Microsoft.Extensions.FileProviders;
using ReturnWorkflows.Server.Configuration;

namespace ReturnWorkflows.Server.Designer;

/// <summary>Where Elsa Studio's files are: the npm install beside the sources, or the copy a publish made beside the binary.</summary>
public sealed class DesignerBundle
{
    public const string RequestPath = "/designer";

    public DesignerBundle(IWebHostEnvironment environment)
    {
        Folder = NpmPackageFolder.Find(environment, Path.Combine("Designer", "node_modules", "@elsa-workflows", "elsa-studio-wasm"),
            "designer-bundle", Path.Combine("_framework", "blazor.webassembly.js"));
        Files = Folder is null ? new NullFileProvider() : new PhysicalFileProvider(Folder);
    }

    /// <summary>Null when the build did not install it (npm ci failed or was skipped): the pages then say so.</summary>
    public string? Folder { get; }
    public IFileProvider Files { get; }
    public bool IsInstalled => Folder is not null;
}
