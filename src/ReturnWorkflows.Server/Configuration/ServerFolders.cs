using System.Text.Json.Nodes;

namespace ReturnWorkflows.Server.Configuration;

/// <summary>
/// Where the server finds its own files. Settings, wwwroot, forms, workflows and the designer are read from the
/// folder the server is installed in (<see cref="AppContext.BaseDirectory"/>), whatever folder it is started from:
/// <c>cd / &amp;&amp; dotnet /opt/returnworkflows/ReturnWorkflows.Server.dll</c> finds its appsettings.json. Relative
/// data paths (the SQLite file) stay relative to the working folder, as a user expects of a command.
/// </summary>
internal static class ServerFolders
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        // A content root given on the command line or in the environment still wins (the test host gives one).
        ContentRootPath = IsGiven(args) ? null : AppContext.BaseDirectory,
    };

    private static bool IsGiven(string[] args) =>
        args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));

    /// <summary>
    /// The project folder of a build started from its bin folder (not a published one), read from the static web
    /// assets manifest the build writes there: it names the project's wwwroot. Null for a published server.
    /// </summary>
    public static string? SourceProjectFolder()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{typeof(ServerFolders).Assembly.GetName().Name}.staticwebassets.runtime.json");
        if (!File.Exists(manifest)) return null;
        try
        {
            var roots = JsonNode.Parse(File.ReadAllText(manifest))?["ContentRoots"]?.AsArray() ?? [];
            return roots.Select(r => r?.GetValue<string>().TrimEnd('/', '\\'))
                .Where(r => r is not null && Path.GetFileName(r) == "wwwroot")
                .Select(Path.GetDirectoryName).FirstOrDefault(Directory.Exists);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or IOException)
        {
            return null; // an unexpected manifest: the designer then says it is not installed, as before
        }
    }
}
