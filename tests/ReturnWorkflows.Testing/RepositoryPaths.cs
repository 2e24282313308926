namespace ReturnWorkflows.Testing;

/// <summary>Folders of the repository that tests read (the shipped workflows).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Workflows => Path.Combine(Root, "workflows");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReturnWorkflows.sln")))
                return dir.FullName;
        throw new InvalidOperationException("ReturnWorkflows.sln not found above " + AppContext.BaseDirectory);
    }
}
