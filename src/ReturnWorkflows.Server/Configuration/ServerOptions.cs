namespace ReturnWorkflows.Server.Configuration;

/// <summary>Bound from <c>ReturnWorkflows</c> (environment: <c>ReturnWorkflows__...</c>).</summary>
public sealed class ServerOptions
{
    public const string Section = "ReturnWorkflows";

    /// <summary>
    /// The folder whose <c>*.json</c> workflow definitions are imported and published at start. Relative paths
    /// are taken from the server's own folder, where the build copies <c>workflows/</c>.
    /// </summary>
    public string WorkflowsFolder { get; set; } = "workflows";

    /// <summary>
    /// An administrator API key for automation (<c>Authorization: ApiKey &lt;key&gt;</c>), set by configuration or the
    /// environment variable <c>ReturnWorkflows__ApiKey</c>; at least 32 characters. Empty: no configured key.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The folder whose <c>*.json</c> form definitions tasks name by key; relative as above.</summary>
    public string FormsFolder { get; set; } = "forms";

    public string ResolveWorkflowsFolder() => Resolve(WorkflowsFolder);

    public string ResolveFormsFolder() => Resolve(FormsFolder);

    private static string Resolve(string folder) => Path.IsPathRooted(folder) ? folder : Path.Combine(AppContext.BaseDirectory, folder);
}
