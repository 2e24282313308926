namespace ReturnWorkflows.Server.Configuration;

/// <summary>
/// Where a package the build installed with npm is on this machine: the install beside the sources, the copy a publish
/// made beside the binary, or, for a build started from its bin folder, the install in the project it was built from.
/// </summary>
internal static class NpmPackageFolder
{
    /// <param name="installed">The package's folder below the project, e.g. <c>Designer/node_modules/x</c>.</param>
    /// <param name="published">The folder a publish copies it to, beside the binary.</param>
    /// <param name="marker">A file that only a complete copy has.</param>
    /// <returns>Null when the build did not install it (npm ci failed or was skipped).</returns>
    public static string? Find(IWebHostEnvironment environment, string installed, string published, string marker)
    {
        string[] candidates =
        [
            Path.Combine(environment.ContentRootPath, installed),
            Path.Combine(environment.ContentRootPath, published),
            Path.Combine(AppContext.BaseDirectory, published),
            .. ServerFolders.SourceProjectFolder() is { } project ? [Path.Combine(project, installed)] : Array.Empty<string>(),
        ];
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, marker)));
    }
}
