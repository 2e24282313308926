using Microsoft.Extensions.FileProviders;

namespace ReturnWorkflows.Server.Designer;

/// <summary>Where Elsa Studio's files are: the npm install beside the sources, or the copy a publish made beside the binary.</summary>
public sealed class DesignerBundle
{
    public const string RequestPath = "/designer";

    public DesignerBundle(IWebHostEnvironment environment)
    {
        string[] candidates =
        [
            Path.Combine(environment.ContentRootPath, "Designer", "node_modules", "@elsa-workflows", "elsa-studio-wasm"),
            Path.Combine(environment.ContentRootPath, "designer-bundle"),
            Path.Combine(AppContext.BaseDirectory, "designer-bundle"),
            // A build started from its bin folder: the npm install in the project it was built from.
            .. Configuration.ServerFolders.SourceProjectFolder() is { } project
                ? [Path.Combine(project, "Designer", "node_modules", "@elsa-workflows", "elsa-studio-wasm")]
                : Array.Empty<string>(),
        ];
        Folder = candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "_framework", "blazor.webassembly.js")));
        Files = Folder is null ? new NullFileProvider() : new PhysicalFileProvider(Folder);
    }

    /// <summary>Null when the build did not install it (npm ci failed or was skipped): the pages then say so.</summary>
    public string? Folder { get; }
    public IFileProvider Files { get; }
    public bool IsInstalled => Folder is not null;
}
