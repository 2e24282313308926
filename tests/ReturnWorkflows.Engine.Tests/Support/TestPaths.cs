namespace ReturnWorkflows.Engine.Tests.Support;

/// <summary>Where the repository and the shared design folder (beside the repository) are.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>../shared beside the repository; the Studio samples live there. Missing means a broken checkout: fail.</summary>
    public static string StudioSamples
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "elsa-studio", "samples"));
            return Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"The Elsa Studio samples are missing: {path}");
        }
    }

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReturnWorkflows.sln")))
                return dir.FullName;
        throw new InvalidOperationException("ReturnWorkflows.sln not found above " + AppContext.BaseDirectory);
    }
}
